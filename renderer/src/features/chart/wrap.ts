/** A label broken over lines of about `width` characters (`<br>` between them): tick labels stay narrow. */
export function wrapLabel(text: string, width = 16): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('<br>');
}
