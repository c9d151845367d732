// Are the store pictures stale? Each scene is staged again in the real, built extension (as
// scripts/store-screenshots.ts stages it, tests/e2e/store-scenes.ts) and what a screen reader is
// given there is compared with what the scene said when its picture was made
// (store/screenshots/record.json). Different words mean the picture shows something the extension
// no longer says: make the pictures again (store/README.md). Pixels are not compared: fonts and
// anti-aliasing differ between machines; the words are what the pictures are for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startSession } from './extension.ts';
import { SCENES, sceneText, STORE_LANGUAGES, type StoreRecord } from './store-scenes.ts';

const record = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../store/screenshots/record.json'), 'utf8'),
) as StoreRecord;

for (const language of STORE_LANGUAGES) {
  describe(`the store pictures in ${language.lang}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession({ lang: language.lang, colorScheme: 'light' });
    });
    afterAll(async () => session?.close());

    for (const scene of SCENES) {
      it(`${scene.file} still shows what the extension says`, async () => {
        const page = await scene.stage(session, language);
        const text = await sceneText(page);
        for (const open of session.browser.context.pages().slice(1)) await open.close();
        expect(
          text,
          `store/screenshots/${language.dir}/${scene.file} is stale: the extension says something else now. ` +
            'Make the pictures again: WXT_OUT_DIR=.output-store npx wxt build && ' +
            'WXT_OUT_DIR=.output-store npx tsx scripts/store-screenshots.ts',
        ).toBe(record[language.dir]?.[scene.file]?.text);
      });
    }
  });
}
