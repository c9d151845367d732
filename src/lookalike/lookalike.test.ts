import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../pages/catalogue';
import { isGovernmentOfCanada, lookAlikeOf } from './index';

describe('look-alike sites', () => {
  it.each([
    ['https://cicgc-ca.com/en/immigration-refugees-citizenship/services/application/account.html', 'known-fake'],
    ['https://cic-gc-ca.com/login', 'known-fake'],
    ['https://cic.gc.ca.org/', 'known-fake'],
    [
      'https://ca-ciconline.com/www.ca-ciconline.com/en/immigration-refugees-citizenship/services/application/account.html',
      'known-fake',
    ],
    ['https://canadianworkpermitonlin.com/www.canada.ca/en/government/sign-in-online-account/gckey.html', 'known-fake'],
    ['https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1', 'official-name-inside'],
    [
      'https://www.canada.ca.evil.example/en/immigration-refugees-citizenship/services/application/account.html',
      'official-name-inside',
    ],
    [
      'https://evil.example/www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
      'official-name-inside',
    ],
    ['https://secure-clegc-gckey.com/j/eng/l', 'official-name-inside'],
    ['http://clegc-gckey.gc.ca/j/eng/l', 'official-name-inside'],
    ['https://clegc-gkey.gc.ca.com/j/eng/l', 'official-name-inside'],
    ['https://www.canadaa.ca/en/account.html', 'misspelling'],
    ['https://clegc-gckey.ca/j/eng/l', 'official-name-inside'],
    ['https://clegc-gkey.com/j/eng/l', 'misspelling'],
    [
      'https://www.xn--anada-0ye.ca/en/immigration-refugees-citizenship/services/application/account.html',
      'look-alike-characters',
    ],
    ['https://www.xn--cnada-4ve.ca/en/', 'look-alike-characters'],
  ])('warns strongly on %s (%s)', (url, reason) => {
    expect(lookAlikeOf(url)).toEqual({ strength: 'strong', reason });
  });

  it.each([
    'https://immigration-help.example/ircc-login-guide',
    'https://my-gckey-helper.example/',
    'https://canada.com/news',
  ])('gives a gentle tip on %s', (url) => {
    expect(lookAlikeOf(url)?.strength).toBe('tip');
  });

  it('stays silent on official pages, other government sites and ordinary sites', () => {
    const official = Object.values(EXAMPLES).flatMap((service) =>
      Object.values(service.pages).flatMap((page) => page.yes),
    );
    for (const url of [
      ...official,
      'https://www.canada.ca/en/services/taxes.html',
      'https://www.cra-arc.gc.ca/',
      'https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome',
      'https://example.org/',
      'https://www.wikipedia.org/wiki/Canada',
      'https://www.rbcroyalbank.com/',
      'https://www.tangerine.ca/',
      'https://x.com/',
      'https://a.io/',
      'https://www.td.com/',
      'https://127.0.0.1/',
      'about:blank',
      'chrome://extensions',
      '',
      undefined,
    ]) {
      expect(lookAlikeOf(url), String(url)).toBeUndefined();
    }
  });

  it('knows the Government of Canada by the public suffix list, not by a substring', () => {
    expect(isGovernmentOfCanada('www.canada.ca')).toBe(true);
    expect(isGovernmentOfCanada('prson-srpel.apps.cic.gc.ca')).toBe(true);
    expect(isGovernmentOfCanada('canada.ca.evil.example')).toBe(false);
    expect(isGovernmentOfCanada('gc.ca.example')).toBe(false);
    expect(isGovernmentOfCanada('notcanada.ca')).toBe(false);
  });
});
