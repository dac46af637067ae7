import { describe, expect, it } from 'vitest';
import { WerkbankError } from './errors';
import { redactParams, redactPaths } from './redact';

describe('redactPaths', () => {
  it.each([
    [
      "IO Error: Footer length error in file '/tmp/werkbank-a1/0f3e/bad.parquet'",
      "IO Error: Footer length error in file 'bad.parquet'",
    ],
    ["ENOENT: no such file or directory, open 'C:\\Users\\jan.peeters\\AppData\\Local\\Temp\\werkbank-x\\s1.parquet'", "ENOENT: no such file or directory, open 's1.parquet'"],
    ['No files found that match the pattern "/home/an de smet/Bureaublad/leerlingen 2026.csv"', 'No files found that match the pattern "leerlingen 2026.csv"'],
    ['EACCES: permission denied, rename /var/folders/xy/T/save-1/s1.parquet -> /Users/an/Desktop/x.werkbank', 'EACCES: permission denied, rename s1.parquet -> x.werkbank'],
    ['UNC \\\\server\\share\\klas\\lijst.xlsx failed', 'UNC lijst.xlsx failed'],
    ["open 'file:///C:/Users/an/lijst.csv'", "open 'lijst.csv'"],
    ['(/tmp/werkbank-1/x.csv)', '(x.csv)'],
  ])('%s', (input, output) => {
    expect(redactPaths(input)).toBe(output);
  });

  it('leaves text without absolute paths alone: fractions, dates, relative names, URLs of nothing', () => {
    for (const text of ['34/50', 'score 34/50 op 28/05/2026', 'klas 2A/2B', 'a / b', 'Naam', 'map/bestand.csv']) {
      expect(redactPaths(text)).toBe(text);
    }
  });

  // Two retries: one timing can be spoilt by a busy machine; quadratic work fails every time.
  it('is linear on hostile input (no quadratic backtracking)', { retry: 2 }, () => {
    const time = (n: number) => {
      const input = "'/".repeat(n) + ' /a'.repeat(n) + ' (/'.repeat(n) + '/x'.repeat(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        redactPaths(input);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(1000);
    const small = time(50_000);
    const large = time(200_000);
    expect(large / Math.max(small, 0.5)).toBeLessThan(10);
  });
});

describe('WerkbankError', () => {
  it('carries no absolute path in its parameters or message', () => {
    const error = new WerkbankError('errors.import.parquetInvalid', {
      file: 'bad.parquet',
      detail: "Footer length error in file '/tmp/werkbank-9/1234/bad.parquet'",
      rows: 3,
    });
    expect(error.params).toEqual({ file: 'bad.parquet', detail: "Footer length error in file 'bad.parquet'", rows: 3 });
    expect(error.message).not.toContain('/tmp');
    expect(error.toMessage().params).toEqual(redactParams(error.params));
  });
});
