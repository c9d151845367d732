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
    // A service's own label on a registrable domain that is not the service's.
    ['https://prson-srpel.apps-cic.com/en/login', 'official-name-inside'],
    ['https://prson-srpel.com/en/login', 'official-name-inside'],
    ['https://securekey-concierge.com/cbs/nav/home-accueil-eng', 'official-name-inside'],
    ['https://securekeyconcierge.net/cbs/nav/home-accueil-eng', 'official-name-inside'],
    ['https://services-securekeyconcierge.com/cbs/nav/home-accueil-eng', 'official-name-inside'],
    ['https://portal-portail.apps-cic.ca/signin?lang=en', 'official-name-inside'],
    ['https://onlineservices-servicesenligne-cic.com/mycic/gccf', 'official-name-inside'],
    ['https://ircc-tracker-suivi.ca/en/login', 'official-name-inside'],
    ['https://citapply-citdemande.online/sign-in', 'official-name-inside'],
    ['https://tr-rt.apps-cic.org/login', 'official-name-inside'],
    // The same labels drawn with other characters (Unicode confusables: 1 for l, 0 for o, Cyrillic letters).
    ['https://c1egc-gckey.com/j/eng/l', 'look-alike-characters'],
    ['https://prs0n-srpel.com/en/login', 'look-alike-characters'],
    ['https://xn--prsn-srpel-gvi.com/en/login', 'look-alike-characters'],
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
      // The real owners of the Sign-In Partner hosts, and other products of theirs.
      'https://services.securekeyconcierge.com/cbs/help',
      'https://verify.interac-id.ca/',
      'https://gc.signin.interac-id.ca/cbs/nav/other',
      'https://auth.id.canada.ca/',
      'https://te.clegc-gckey.gc.ca/j/eng/l',
      // Ordinary sites whose names happen to hold short pieces of official labels.
      'https://www.portail.fr/',
      'https://www.tracker.example/',
      'https://www.desjardins.com/',
      'https://www.amazon.ca/',
      'https://mail.example.com/inbox',
      'https://www.google.com/search?q=gc+key',
      'about:blank',
      'chrome://extensions',
      '',
      undefined,
    ]) {
      expect(lookAlikeOf(url), String(url)).toBeUndefined();
    }
  });

  it('never throws, whatever the string, and a broken address is no warning', () => {
    for (const junk of [
      'https://example.org/%E0%A4%A',
      'https://prson-srpel.apps-cic.com/%E0%A4%A',
      'https://xn--a.com/',
      'https://xn--zz-zzzzzzzzzzz.com/',
      'http://[::1]/',
      '%',
      '\u0000',
      'https://',
    ]) {
      expect(() => lookAlikeOf(junk), junk).not.toThrow();
    }
    expect(lookAlikeOf('https://example.org/%E0%A4%A')).toBeUndefined();
    expect(lookAlikeOf('https://prson-srpel.apps-cic.com/%E0%A4%A')?.strength).toBe('strong');
  });

  it('knows the Government of Canada by the public suffix list, not by a substring', () => {
    expect(isGovernmentOfCanada('www.canada.ca')).toBe(true);
    expect(isGovernmentOfCanada('prson-srpel.apps.cic.gc.ca')).toBe(true);
    expect(isGovernmentOfCanada('canada.ca.evil.example')).toBe(false);
    expect(isGovernmentOfCanada('gc.ca.example')).toBe(false);
    expect(isGovernmentOfCanada('notcanada.ca')).toBe(false);
  });
});
