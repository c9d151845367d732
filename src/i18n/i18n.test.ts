import { describe, expect, it } from 'vitest';
import { normalizeLang, pageLang } from './index';

describe('the language choice', () => {
  it('reads language tags loosely', () => {
    expect(normalizeLang('fr-CA')).toBe('fr');
    expect(normalizeLang('FR_ca')).toBe('fr');
    expect(normalizeLang(' en ')).toBe('en');
    expect(normalizeLang('de')).toBeUndefined();
    expect(normalizeLang('')).toBeUndefined();
    expect(normalizeLang(null)).toBeUndefined();
  });

  it('prefers what the URL says, then the page’s <html lang>, then English', () => {
    expect(pageLang('fr', 'en')).toBe('fr');
    expect(pageLang(undefined, 'fr-CA')).toBe('fr');
    expect(pageLang(undefined, 'es')).toBe('en');
    expect(pageLang(undefined, null)).toBe('en');
  });
});
