import { basename, extname, resolve } from 'node:path';
import type { Engine } from './engine/api';
import { createEngine } from './engine/api';
import type { TempRoot } from './engine/infra/temp-root';
import { SAFE_PRIVACY } from '../shared/model/story/privacy';

/**
 * The CLI's story commands (cli.ts registers them): `demo --out FILE.werkbank` writes the demo
 * project; `export-story FILE.werkbank [--story NAME] --out story.pptx|story.pdf` exports a
 * story headless, with the safe privacy choice (pseudonyms, groups under 5 not shown) unless
 * `--show-names` / `--show-small-groups` say otherwise.
 */

export interface StoryCommandArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
  tempRoot: TempRoot;
}

/** A usage problem: cli.ts turns it into its usage message and exit code 2. */
export type Usage = (message: string) => Error;

async function withEngine<T>(tempRoot: TempRoot, body: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await createEngine({ shell: 'browser', version: 'cli', tempRoot });
  try {
    return await body(engine);
  } finally {
    await engine.close();
  }
}

export const DEMO_USAGE = 'demo --out FILE.werkbank\n    Writes the demo project (a fictional school, its views and a story) to FILE.werkbank.';

export async function demoCommand({ values, positionals, tempRoot }: StoryCommandArgs, usage: Usage): Promise<unknown> {
  const out = values.out;
  if (positionals.length !== 0 || typeof out !== 'string') throw usage('demo needs --out FILE.werkbank');
  if (extname(out).toLowerCase() !== '.werkbank') throw usage('demo: --out must end in .werkbank');
  return withEngine(tempRoot, async (engine) => {
    const state = await engine.handlers['project.demo']({});
    const file = engine.files.register(resolve(out));
    await engine.handlers['project.save']({ fileId: file.fileId });
    return { project: basename(out), sources: state.sources.length, views: state.views.length, stories: state.stories.map((s) => s.title) };
  });
}

export const EXPORT_STORY_USAGE =
  'export-story FILE.werkbank [--story NAME] --out story.pptx|story.pdf [--lang nl-BE|en] [--show-names] [--show-small-groups]\n' +
  '    Exports a story of the project (the first when --story is absent) as PowerPoint or as a PDF handout.\n' +
  '    Pupil names are pseudonymised and groups under 5 pupils left out unless the flags say otherwise.\n' +
  '    The export\'s snapshot (when, which views, the sources\' hashes) is recorded in FILE.werkbank.';

export async function exportStoryCommand({ values, positionals, tempRoot }: StoryCommandArgs, usage: Usage): Promise<unknown> {
  const out = values.out;
  if (positionals.length !== 1 || typeof out !== 'string') throw usage('export-story needs FILE.werkbank and --out story.pptx|story.pdf');
  const format = extname(out).toLowerCase().slice(1);
  if (format !== 'pptx' && format !== 'pdf') throw usage('export-story: --out must end in .pptx or .pdf');
  const lang = values.lang ?? 'nl-BE';
  if (lang !== 'nl-BE' && lang !== 'en') throw usage('export-story: --lang is nl-BE or en');
  return withEngine(tempRoot, async (engine) => {
    const project = engine.files.register(resolve(positionals[0]!));
    const state = await engine.handlers['project.open']({ fileId: project.fileId });
    const wanted = typeof values.story === 'string' ? values.story : null;
    const story = wanted === null ? state.stories[0] : state.stories.find((s) => s.title === wanted || s.id === wanted);
    if (!story) {
      const names = state.stories.map((s) => `"${s.title}"`).join(', ') || 'none';
      throw usage(wanted === null ? 'export-story: the project has no story' : `export-story: no story "${wanted}" (the project has: ${names})`);
    }
    const target = engine.files.register(resolve(out));
    const privacy = {
      pseudonymise: values['show-names'] !== true,
      suppressBelow: values['show-small-groups'] === true ? null : SAFE_PRIVACY.suppressBelow,
    };
    const written = await engine.handlers['export.story']({ storyId: story.id, format, privacy, locale: lang, fileId: target.fileId });
    // Every export records its snapshot in the project (when, which views, the sources' hashes): saved back atomically.
    await engine.handlers['project.save']({ fileId: project.fileId });
    return { story: story.title, out: basename(out), format, slides: written.slides, snapshot: written.snapshot };
  });
}
