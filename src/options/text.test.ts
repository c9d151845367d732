import { describe, expect, it } from 'vitest';
import { optionsEn } from '../i18n/options-en';
import { optionsFr } from '../i18n/options-fr';
import { SERVICES } from '../pages';
import { serviceName } from './banners';
import { optionsText } from './text';

/** Every string a message can produce, functions called with sample arguments. */
const texts = (messages: Record<string, unknown>) =>
  Object.entries(messages).map(
    ([key, value]) => [key, typeof value === 'function' ? String(value('X', 'Y')) : String(value)] as const,
  );

describe('the options page’s words', () => {
  it('has every English message in French too (the type makes it so), none empty', () => {
    expect(Object.keys(optionsFr).sort()).toEqual(Object.keys(optionsEn).sort());
    for (const [key, text] of [...texts(optionsEn), ...texts(optionsFr)]) expect(text.trim(), key).not.toBe('');
  });

  it('follows Canadian French typography: a no-break space before colons and inside « », none before ? ! ;', () => {
    for (const [key, text] of texts(optionsFr)) {
      expect(text, key).not.toMatch(/[^\u00a0]:(?!\/)/); // a colon always follows a no-break space
      expect(text, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text, key).not.toMatch(/\s[?!;]/);
    }
  });

  it('names every service in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const service of SERVICES) expect(serviceName(optionsText(lang), service.id)).not.toBe(service.id);
    }
  });
});
