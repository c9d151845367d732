// The store pictures are the ones the listings name, whole, of the size the stores take, and made
// together with their record (store/screenshots/record.json, written by scripts/store-screenshots.ts
// with what each scene said): a picture changed, added or left behind without a new run of the
// script fails here. Whether the extension still says what the pictures show is checked against the
// same record in the real browser (tests/e2e/store.test.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE = resolve(import.meta.dirname, '../../store');
const RERUN = 'Make them again: see store/README.md (scripts/store-screenshots.ts).';

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The pictures a listing's caption table names, in order. */
const named = (listing: string) =>
  [...readFileSync(resolve(STORE, listing), 'utf8').matchAll(/^\| `(\d-[a-z0-9-]+\.png)` \|/gm)].map((m) => m[1]!);
const record = JSON.parse(readFileSync(resolve(STORE, 'screenshots/record.json'), 'utf8')) as Record<
  string,
  Record<string, { sha256: string; text: string }>
>;

describe('the store pictures', () => {
  it('are named alike in both listings, in order', () => {
    const en = named('listing.en.md');
    expect(en.length).toBeGreaterThanOrEqual(4);
    expect(named('listing.fr.md')).toEqual(en);
    expect(en.map((file) => file[0])).toEqual(en.map((_, i) => String(i + 1)));
  });

  for (const lang of ['en', 'fr']) {
    it(`(${lang}) exist, are 1280×800, and are the ones the script made with its record`, () => {
      const files = named(`listing.${lang}.md`);
      expect(Object.keys(record[lang] ?? {}).sort(), RERUN).toEqual([...files].sort());
      for (const file of files) {
        const path = resolve(STORE, 'screenshots', lang, file);
        expect(existsSync(path), `${path} is missing. ${RERUN}`).toBe(true);
        expect(pngSize(path)).toEqual({ width: 1280, height: 800 });
        expect(sha256(path), `${lang}/${file} changed since the script recorded it. ${RERUN}`).toBe(
          record[lang]![file]!.sha256,
        );
        expect(record[lang]![file]!.text.length).toBeGreaterThan(100);
      }
    });
  }

  it('record what each language’s scenes said, in that language', () => {
    expect(record.en!['1-gckey-sign-in-partner-warning.png']!.text).toContain('Tangerine');
    expect(record.fr!['1-gckey-sign-in-partner-warning.png']!.text).toContain('CléGC');
    expect(record.fr!['4-first-run.png']!.text).toContain('Partenaire de connexion');
  });

  it('include the small promotional tile in each language, 440×280', () => {
    for (const lang of ['en', 'fr'])
      expect(pngSize(resolve(STORE, `promo/small-tile-${lang}.png`))).toEqual({ width: 440, height: 280 });
  });
});
