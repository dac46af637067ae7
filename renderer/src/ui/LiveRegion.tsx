/**
 * A polite live region that is always in the page, empty until there is something to say: a
 * screen reader announces a change of its text, which it does not do reliably for a region that
 * appears together with its text. Visually hidden; what it says is also on screen.
 */
export function LiveRegion({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="visually-hidden" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
