import { type InputHTMLAttributes, type TextareaHTMLAttributes, useEffect, useState } from 'react';

interface CommitProps {
  /** The value as the options hold it now. */
  value: string;
  /** Called with the text when the user is done (blur, Enter); returns false when the text is not valid. */
  onCommit(text: string): boolean;
}

/** The edited copy of `value`, reset when `value` changes; `commit` hands it over and marks it when refused. */
function useCommitted(value: string, onCommit: (text: string) => boolean) {
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value);
    setInvalid(false);
  }, [value]);
  const commit = () => setInvalid(text !== value && !onCommit(text));
  return { text, setText, invalid, commit };
}

/**
 * A text field that edits a copy and hands it over when the user is done typing (Enter or
 * leaving the field), so each keystroke does not re-run the preview. Invalid text stays in
 * the field, marked, and changes nothing.
 */
export function CommitInput({
  value,
  onCommit,
  ...rest
}: CommitProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { text, setText, invalid, commit } = useCommitted(value, onCommit);
  return (
    <input
      {...rest}
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}

/** The same for several lines: committed when the field is left (Enter makes a new line). */
export function CommitTextarea({
  value,
  onCommit,
  ...rest
}: CommitProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const { text, setText, invalid, commit } = useCommitted(value, onCommit);
  return (
    <textarea
      {...rest}
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
    />
  );
}
