import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const locale = (lang: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('the manifest’s words', () => {
  it('names the extension as unofficial in both languages', () => {
    expect(locale('en').extName?.message).toBe('Sign-In Guide for IRCC (unofficial)');
    expect(locale('fr').extName?.message).toBe('Guide de connexion IRCC (non officiel)');
  });

  it('has the same keys in English and French, and descriptions within the stores’ 132 characters', () => {
    expect(Object.keys(locale('fr')).sort()).toEqual(Object.keys(locale('en')).sort());
    for (const lang of ['en', 'fr']) expect(locale(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
