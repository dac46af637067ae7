import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Annotation, MAX_ANNOTATIONS } from '../../../../shared/model/annotation';
import { useLocale } from '../../i18n/useLocale';
import { LabelledSelect } from '../../ui/LabelledSelect';
import type { DesignTarget } from './shownFigure';
import { type AnnotationForm, type AnnotationProblem, annotationFrom, describeAnnotation, missingTargets } from './viewDraft';

interface Props {
  annotations: Annotation[];
  onChange(annotations: Annotation[]): void;
  target: DesignTarget | null;
}

const EMPTY: Record<AnnotationForm['kind'], AnnotationForm> = {
  line: { kind: 'line', value: '', label: '' },
  band: { kind: 'band', from: '', to: '', label: '' },
  callout: { kind: 'callout', target: '', text: '' },
};

/** The view's reference lines, bands and callouts: a list with a remove button each, and a form to add one. */
export function AnnotationsEditor({ annotations, onChange, target }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, setForm] = useState<AnnotationForm>(EMPTY.line);
  const [problem, setProblem] = useState<AnnotationProblem | null>(null);
  const ids = { problem: useId() };
  const categories = target?.categories ?? [];
  const words = {
    line: (value: string) => t('ui.design.annotations.line', { value }),
    band: (from: string, to: string) => t('ui.design.annotations.band', { from, to }),
    callout: (where: string) => t('ui.design.annotations.callout', { target: where }),
  };
  const problemText = (p: AnnotationProblem) =>
    ({
      badNumber: t('ui.design.annotations.badNumber'),
      badBand: t('ui.design.annotations.badBand'),
      needTarget: t('ui.design.annotations.needTarget'),
      full: t('ui.design.annotations.full', { max: MAX_ANNOTATIONS }),
    })[p];

  if (target?.valueAxis === null) return <p className="hint">{t('ui.design.noDesign')}</p>;

  const add = () => {
    const out = annotationFrom(form, locale, annotations.length);
    if (typeof out === 'string') {
      setProblem(out);
      return;
    }
    onChange([...annotations, out]);
    setForm(EMPTY[form.kind]);
    setProblem(null);
  };
  // Enter adds the annotation; it must not save the whole dialog.
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const edit = (patch: Partial<Record<string, string>>) => {
    setForm({ ...form, ...patch } as AnnotationForm);
    setProblem(null);
  };
  const field = (key: string, label: string, value: string, testId: string, wide = false) => (
    <label className={wide ? 'field annotation-field wide' : 'field annotation-field'}>
      {label}
      <input data-testid={testId} value={value} aria-describedby={problem ? ids.problem : undefined} onKeyDown={onEnter} onChange={(e) => edit({ [key]: e.target.value })} />
    </label>
  );

  return (
    <div className="annotations-editor">
      {annotations.length === 0 ? (
        <p className="muted">{t('ui.design.annotations.empty')}</p>
      ) : (
        <ul className="annotation-list" data-testid="annotation-list">
          {annotations.map((a, i) => {
            const what = describeAnnotation(a, locale, words);
            return (
              <li key={i} data-testid="annotation-item" data-kind={a.kind}>
                <span>{what}</span>
                <button
                  type="button"
                  className="icon-button"
                  data-testid="annotation-remove"
                  aria-label={t('ui.design.annotations.remove', { what })}
                  title={t('ui.design.annotations.remove', { what })}
                  onClick={() => onChange(annotations.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {missingTargets({ annotations }, categories).map((missing) => (
        <p key={missing} className="caution" data-testid="annotation-missing">
          {t('ui.design.annotations.missingTarget', { target: missing })}
        </p>
      ))}
      <div className="annotation-form" role="group" aria-label={t('ui.design.annotations.add')}>
        <LabelledSelect
          label={t('ui.design.annotations.kind')}
          data-testid="annotation-kind"
          value={form.kind}
          onChange={(e) => {
            setForm(EMPTY[e.target.value as AnnotationForm['kind']]);
            setProblem(null);
          }}
        >
          <option value="line">{t('ui.design.annotations.kinds.line')}</option>
          <option value="band">{t('ui.design.annotations.kinds.band')}</option>
          <option value="callout" disabled={categories.length === 0}>
            {categories.length === 0 ? `${t('ui.design.annotations.kinds.callout')} (${t('ui.design.annotations.noCategories')})` : t('ui.design.annotations.kinds.callout')}
          </option>
        </LabelledSelect>
        {form.kind === 'line' && (
          <>
            {field('value', t('ui.design.annotations.value'), form.value, 'annotation-value')}
            {field('label', t('ui.design.annotations.label'), form.label, 'annotation-label', true)}
          </>
        )}
        {form.kind === 'band' && (
          <>
            {field('from', t('ui.design.annotations.from'), form.from, 'annotation-from')}
            {field('to', t('ui.design.annotations.to'), form.to, 'annotation-to')}
            {field('label', t('ui.design.annotations.label'), form.label, 'annotation-label', true)}
          </>
        )}
        {form.kind === 'callout' && (
          <>
            <LabelledSelect label={t('ui.design.annotations.target')} data-testid="annotation-target" value={form.target} onChange={(e) => edit({ target: e.target.value })}>
              <option value="" />
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </LabelledSelect>
            {field('text', t('ui.design.annotations.text'), form.text, 'annotation-text', true)}
          </>
        )}
        <button type="button" className="button small" data-testid="annotation-add" onClick={add}>
          {t('ui.design.annotations.add')}
        </button>
      </div>
      {problem && (
        <p className="field-error" id={ids.problem} role="alert" data-testid="annotation-problem">
          {problemText(problem)}
        </p>
      )}
    </div>
  );
}
