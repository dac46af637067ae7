/**
 * A file name made from a title the user typed: without the characters file systems refuse
 * (`\ / : * ? " < > |`) and control characters, white space collapsed, at most 80 characters
 * before the extension; `fallback` when nothing is left.
 */
export function safeFileName(title: string, fallback: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || fallback}.${extension}`;
}
