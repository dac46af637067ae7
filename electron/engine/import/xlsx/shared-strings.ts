import { stringItemText } from './xml';

/** sharedStrings.xml → the string table cells of type `s` index into. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : stringItemText(m[1]));
  return out;
}
