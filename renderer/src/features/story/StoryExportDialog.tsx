import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryFormat } from '../../../../shared/api/contract/stories';
import type { Message } from '../../../../shared/model/message';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import type { Story } from '../../../../shared/model/story/story';
import { useLocale } from '../../i18n/useLocale';
import { useJob } from '../../jobs/useJob';
import { toUserMessage } from '../../state/errors';
import { useApi, useShell, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { JobSlot } from '../../ui/JobSlot';
import { Modal } from '../../ui/Modal';
import { CancelledNotice, FailedNotice } from '../../ui/Notices';
import { PrivacyFields } from '../present/PrivacyFields';
import { useProjectK } from '../present/useProjectK';
import { useDeck } from '../present/usePresentation';
import { safeFileName } from '../../format/fileName';

/** A file name for the story: letters, digits, spaces and dashes of its title. */
export function storyFileName(title: string, format: StoryFormat): string {
  return safeFileName(title, 'verhaal', format);
}

/**
 * Writes the story as PowerPoint or a PDF handout. First it says what leaves the machine — pupils'
 * names or pseudonyms, small groups shown or not, how many slides show pupils one by one (from the
 * deck computed with that choice) — with the safe choice preselected; then (on the desktop, after
 * asking where to save) it runs `export.story` as a job (progress, cancel) and says the saved
 * file's name.
 */
export function StoryExportDialog({ story, format, onClose }: { story: Story; format: StoryFormat; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shell = useShell();
  const locale = useLocale();
  const notify = useWorkbench((s) => s.notify);
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const { runner, view: job } = useJob(api);
  const [privacy, setPrivacy] = useState<PrivacyChoice>(SAFE_PRIVACY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { deck, error: deckError } = useDeck(story.id, privacy, locale);
  const projectK = useProjectK();
  const k = projectK.k ?? SAFE_PRIVACY.suppressBelow ?? 5;
  const formatName = t(format === 'pptx' ? 'ui.story.export.pptx' : 'ui.story.export.pdf');
  const charts = deck?.slides.filter((s) => s.chart !== null).length ?? 0;
  const pupilSlides = deck?.slides.filter((s) => s.privacy.level === 'pupil').length ?? 0;
  const suppressed = deck?.slides.reduce((sum, s) => sum + s.privacy.suppressed, 0) ?? 0;

  const start = async () => {
    setError(null);
    setCancelled(false);
    setSaved(null);
    setBusy(true);
    const suggestedName = storyFileName(story.title, format);
    try {
      // The desktop asks where to save first; the browser has no save dialog (no target).
      const target = (await api['dialog.saveFile']({ suggestedName, kind: format })).file;
      if (!target && shell.kind === 'electron') return; // the user cancelled the save dialog
      // No target in the browser: the engine writes a new file, which is downloaded.
      const outcome = await runner.run((jobId) =>
        api['export.story']({ storyId: story.id, format, privacy, locale, fileId: target?.fileId ?? null, jobId }),
      );
      if (outcome.status === 'done') {
        const { file, slides, state } = outcome.value;
        if (!target) await shell.deliver({ ...file, name: suggestedName });
        setProjectState(state);
        const name = target ? file.name : suggestedName;
        setSaved(t('ui.story.export.done', { name, slides }));
        notify({ code: 'ui.story.export.done', params: { name, slides } });
      } else if (outcome.status === 'cancelled') {
        setCancelled(true);
      } else if (outcome.status === 'failed') {
        setError(toUserMessage(outcome.error));
      }
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <>
      <JobSlot job={job} onCancel={() => runner.cancel()}>
        {error ? (
          <FailedNotice testId="story-export-error" message={error} />
        ) : cancelled ? (
          <CancelledNotice testId="story-export-cancelled" text={t('ui.story.export.cancel')} />
        ) : saved ? (
          <p className="notice-box" role="status" data-testid="story-export-done">
            {saved}
          </p>
        ) : null}
      </JobSlot>
      <ActionRow>
        <button type="button" className="button subtle" data-testid="story-export-cancel" onClick={() => (busy ? runner.cancel() : onClose())}>
          {t(saved ? 'ui.story.export.close' : 'ui.story.export.cancel')}
        </button>
        <button type="button" className="button primary" data-testid="story-export-start" data-autofocus disabled={busy} onClick={() => void start()}>
          {t('ui.story.export.start')}
        </button>
      </ActionRow>
    </>
  );

  return (
    <Modal title={t('ui.story.export.title', { format: formatName })} testId="story-export-dialog" onClose={() => (busy ? runner.cancel() : onClose())} footer={footer}>
      <p className="muted">{t('ui.story.export.leavesIntro')}</p>
      <PrivacyFields
        legend={t('ui.story.export.leaves')}
        privacy={privacy}
        onChange={setPrivacy}
        testId="story-export-privacy"
        projectK={projectK}
        labels={{ pseudonymise: t('ui.story.export.pseudonymise'), suppress: t('ui.story.export.suppress', { k }) }}
      />
      <div className="story-export-summary" role="status" data-testid="story-export-summary">
        {deckError ? (
          <FailedNotice testId="story-export-deck-error" message={deckError} />
        ) : !deck ? (
          <p className="muted">{t('ui.story.export.counting')}</p>
        ) : (
          <ul className="compact-list">
            <li>{t('ui.story.export.slides', { count: charts })}</li>
            <li data-testid="story-export-pupil-slides">{pupilSlides > 0 ? t('ui.story.export.pupilSlides', { count: pupilSlides }) : t('ui.story.export.noPupilSlides')}</li>
            {suppressed > 0 && <li>{t('ui.story.export.suppressed', { count: suppressed, k })}</li>}
          </ul>
        )}
        {(!privacy.pseudonymise || privacy.suppressBelow === null) && (
          <div className="warning" data-testid="story-export-unsafe">
            {!privacy.pseudonymise && pupilSlides > 0 && <p>{t('ui.story.export.namesShown')}</p>}
            {privacy.suppressBelow === null && <p>{t('ui.story.export.smallShown', { k })}</p>}
            <p>{t('ui.story.export.unsafe')}</p>
          </div>
        )}
      </div>
    </Modal>
  );
}
