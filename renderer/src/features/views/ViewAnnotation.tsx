import type { View } from '../../../../shared/model/view';

/** The title and takeaway of the view the panel shows, above its figures. */
export function ViewAnnotation({ view }: { view: View }) {
  return (
    <header className="view-annotation" data-testid="active-view">
      <h3 data-testid="active-view-title">{view.title}</h3>
      {view.takeaway && <p data-testid="active-view-takeaway">{view.takeaway}</p>}
    </header>
  );
}
