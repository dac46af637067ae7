import type { Catalogue } from '../catalogue';
import type { nlBE } from '../nl-BE/index';
import { common } from './common';
import { engine } from './engine';
import { exporting } from './export';
import { host } from './host';
import { importer } from './import';
import { jobs } from './jobs';
import { profiles } from './profiles';
import { shell } from './shell';
import { stageSheet } from './stage-sheet';
import { stageText } from './stage-text';
import { uiApp } from './ui-app';
import { uiDerive } from './ui-derive';
import { uiEditing } from './ui-editing';
import { uiGain } from './ui-gain';
import { uiImport } from './ui-import';
import { uiMatch } from './ui-match';
import { uiRecipe } from './ui-recipe';
import { uiReference } from './ui-reference';
import { uiSources } from './ui-sources';
import { uiSteps } from './ui-steps';
import { uiViews } from './ui-views';
import { uiDesign } from './ui-design';
import { uiExportPrivacy } from './ui-export-privacy';
import { uiPresent } from './ui-present';
import { uiStory } from './ui-story';
import { story } from './story';
import { storyPdf } from './story-pdf';
import { storyEngine } from './story-engine';
import { survey } from './survey';
import { sealed } from './sealed';
import { journal } from './journal';
import { uiSurvey } from './ui-survey';
import { uiSealed } from './ui-sealed';
import { uiKeyboard } from './ui-keyboard';

/** The English catalogue by area: every area of nl-BE/index.ts, each typed against its Dutch file. */
export const en = {
  common,
  engine,
  exporting,
  host,
  importer,
  jobs,
  profiles,
  shell,
  stageSheet,
  stageText,
  uiApp,
  uiDerive,
  uiEditing,
  uiGain,
  uiImport,
  uiMatch,
  uiRecipe,
  uiReference,
  uiSources,
  uiSteps,
  uiViews,
  story,
  storyPdf,
  storyEngine,
  survey,
  sealed,
  journal,
  uiSurvey,
  uiStory,
  uiPresent,
  uiDesign,
  uiExportPrivacy,
  uiSealed,
  uiKeyboard,
} satisfies Catalogue<typeof nlBE>;
