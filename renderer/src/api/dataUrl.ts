/** Decodes the `data:` URLs that `Plotly.toImage` returns (base64 for PNG, percent-encoded for SVG). */
export interface DecodedDataUrl {
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export function decodeDataUrl(url: string): DecodedDataUrl {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data URL');
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const parts = header.split(';');
  const mime = parts[0] || 'text/plain';
  if (parts.includes('base64')) {
    const binary = atob(payload);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { mime, bytes };
  }
  return { mime, bytes: new TextEncoder().encode(decodeURIComponent(payload)) };
}

export function dataUrlToText(url: string): string {
  return new TextDecoder().decode(decodeDataUrl(url).bytes);
}
