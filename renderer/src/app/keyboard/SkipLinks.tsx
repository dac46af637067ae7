import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import { type AreaId, cycleArea, focusArea, STORY_AREAS, WORKBENCH_AREAS } from './areas';
import { areaShortcut } from './shortcuts';
import './skipLinks.css';

const LABEL: Record<Exclude<AreaId, 'toolbar'>, string> = {
  sources: 'ui.keyboard.skip.sources',
  steps: 'ui.keyboard.skip.steps',
  grid: 'ui.keyboard.skip.grid',
  analysis: 'ui.keyboard.skip.analysis',
  storyList: 'ui.keyboard.skip.storyList',
  story: 'ui.keyboard.skip.story',
};

/**
 * The first thing Tab reaches: links to the main areas, shown only while focused. Also the keys
 * that go there from anywhere: Alt+G the table; F6 and Shift+F6 the next and previous area (the
 * toolbar included).
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const storiesOpen = useWorkbench((s) => s.storiesOpen);
  const hasRecipe = useWorkbench((s) => Boolean(s.project?.recipe && s.project.result));
  const areas = storiesOpen ? STORY_AREAS : hasRecipe ? WORKBENCH_AREAS : WORKBENCH_AREAS.slice(0, 2);
  const links = areas.filter((a): a is Exclude<AreaId, 'toolbar'> => a !== 'toolbar');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = areaShortcut(e);
      // A modal dialog or the presentation keeps its keys.
      if (!key || e.defaultPrevented || document.querySelector('dialog[open], [data-testid="presentation"]')) return;
      const done = 'area' in key ? focusArea(key.area) : cycleArea(areas, key.cycle);
      if (done) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [areas]);

  return (
    <nav className="skip-links" aria-label={t('ui.keyboard.skipLabel')} data-testid="skip-links">
      {links.map((area) => (
        <a
          key={area}
          href={`#${area}`}
          data-testid={`skip-${area}`}
          onClick={(e) => {
            e.preventDefault();
            focusArea(area);
          }}
        >
          {t(LABEL[area])}
        </a>
      ))}
    </nav>
  );
}
