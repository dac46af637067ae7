import { describe, expect, it } from 'vitest';
import { dataUrlToText, decodeDataUrl } from './dataUrl';

describe('data URLs', () => {
  it('decodes base64 PNG bytes exactly', () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff];
    const url = `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
    const decoded = decodeDataUrl(url);
    expect(decoded.mime).toBe('image/png');
    expect([...decoded.bytes]).toEqual(bytes);
  });

  it('decodes percent-encoded SVG text, accents included', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Zoë 23,5 %</text></svg>';
    const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    expect(dataUrlToText(url)).toBe(svg);
    expect(decodeDataUrl(url).mime).toBe('image/svg+xml');
  });

  it('refuses what is not a data URL', () => {
    expect(() => decodeDataUrl('https://example.org/x.png')).toThrow();
  });
});
