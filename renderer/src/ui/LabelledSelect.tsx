import { type ReactNode, type Ref, type SelectHTMLAttributes, useId } from 'react';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  /**
   * The wrapper: `field` (label above), `field-inline` (label beside), or none, for a form
   * grid that places the label and the select in its own columns.
   */
  layout?: 'field' | 'field-inline' | 'bare';
  ref?: Ref<HTMLSelectElement>;
  'data-testid'?: string;
  children: ReactNode;
}

/** A `<select>` with its `<label>`, tied together by a generated id. */
export function LabelledSelect({ label, layout = 'field', children, ...select }: Props) {
  const id = useId();
  const pair = (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {children}
      </select>
    </>
  );
  return layout === 'bare' ? pair : <span className={layout}>{pair}</span>;
}
