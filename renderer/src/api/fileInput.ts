/** What the hidden file input accepts for each purpose. */
export const ACCEPT = {
  import:
    '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.parquet,text/csv,text/plain,text/tab-separated-values,' +
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet',
  project: '.werkbank',
  profile: '.json,application/json',
} as const;

let input: HTMLInputElement | null = null;

/**
 * Opens the browser's file picker and resolves with the chosen files (none when cancelled).
 * One hidden input stays in the page so tests can find it (`data-testid="file-input"`).
 */
export function pickFiles(purpose: keyof typeof ACCEPT, multiple: boolean): Promise<File[]> {
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.dataset.testid = 'file-input';
    document.body.append(input);
  }
  const el = input;
  el.accept = ACCEPT[purpose];
  el.multiple = multiple;
  el.value = '';
  return new Promise((resolve) => {
    const done = () => {
      el.removeEventListener('change', done);
      el.removeEventListener('cancel', done);
      resolve(Array.from(el.files ?? []));
    };
    el.addEventListener('change', done);
    el.addEventListener('cancel', done);
    el.click();
  });
}
