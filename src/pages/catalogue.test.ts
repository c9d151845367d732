import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, EXAMPLES, GENERAL_LOOK_ALIKES, PAGE_KEYS, type PageKey, SERVICES } from './catalogue';
import { detectPage, pageKey } from './index';
import { SERVICE_IDS } from './types';

// The github-url-detection rule: every example matches its own page and no other.
describe('the page catalogue', () => {
  for (const service of SERVICES) {
    const examples = EXAMPLES[service.id];
    describe(service.id, () => {
      for (const rule of service.pages) {
        const own = examples.pages[rule.page];
        it(`${rule.page}: has examples, and each is recognised as exactly this page`, () => {
          expect(own?.yes.length, `no example URL for ${service.id}/${rule.page}`).toBeGreaterThan(0);
          for (const url of own!.yes) {
            expect(detectPage(url), url).toMatchObject({ service: service.id, page: rule.page });
          }
        });
        if (own?.no) {
          it(`${rule.page}: near-misses are not this page`, () => {
            for (const url of own.no!) {
              const match = detectPage(url);
              expect(match && pageKey(match), url).not.toBe(`${service.id}/${rule.page}`);
            }
          });
        }
      }
      it('has no examples for pages it does not have', () => {
        expect(Object.keys(examples.pages).sort()).toEqual(service.pages.map((rule) => rule.page).sort());
      });
      it('look-alikes match nothing at all', () => {
        for (const url of examples.lookAlikes ?? []) expect(detectPage(url), url).toBeUndefined();
      });
    });
  }

  it('covers every service of the contract, with the required page ids', () => {
    expect(SERVICES.map((service) => service.id)).toEqual([...SERVICE_IDS]);
    const pages = (id: string) => SERVICES.find((service) => service.id === id)!.pages.map((rule) => rule.page);
    expect(pages('gckey')).toEqual(expect.arrayContaining(['sign-in', 'sign-up', 'recover', 'info', 'other']));
    expect(pages('sign-in-partner')).toEqual(expect.arrayContaining(['choose-partner', 'other']));
    expect(pages('secure-account')).toEqual(
      expect.arrayContaining(['choose-sign-in', 'sign-in-redirect', 'home', 'reference-code', 'application', 'other']),
    );
    expect(pages('pr-portal')).toEqual(expect.arrayContaining(['sign-in', 'representative', 'other']));
  });

  it('has unique page ids within each service', () => {
    for (const service of SERVICES) {
      const ids = service.pages.map((rule) => rule.page);
      expect(new Set(ids).size, service.id).toBe(ids.length);
    }
  });

  it('rejects every general look-alike and never throws, whatever the string', () => {
    for (const url of GENERAL_LOOK_ALIKES) expect(detectPage(url), url).toBeUndefined();
    for (const junk of [
      '\u0000',
      '%',
      'https://%',
      'https://[::1]/',
      'https://127.0.0.1/j/eng/l',
      '//clegc-gckey.gc.ca/j/eng/l',
    ]) {
      expect(() => detectPage(junk)).not.toThrow();
      expect(detectPage(junk)).toBeUndefined();
    }
  });

  it('reads the language from the URL, and says nothing where the URL says nothing', () => {
    expect(detectPage('https://clegc-gckey.gc.ca/j/fra/l?ReqID=s1')?.lang).toBe('fr');
    expect(detectPage('https://clegc-gckey.gc.ca/j/eng/l?ReqID=s1')?.lang).toBe('en');
    expect(
      detectPage('https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/compte.html')?.lang,
    ).toBe('fr');
    expect(
      detectPage('https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf?lang=fra&idp=gckey')?.lang,
    ).toBe('fr');
    expect(detectPage('https://onlineservices-servicesenligne.cic.gc.ca/mycic/home?&lang=en')?.lang).toBe('en');
    expect(detectPage('https://prson-srpel.apps.cic.gc.ca/fr/login')?.lang).toBe('fr');
    expect(detectPage('https://services.securekeyconcierge.com/cbs/nav/home-accueil-fra')?.lang).toBe('fr');
    expect(detectPage('https://gc.signin.interac-id.ca/')?.lang).toBeUndefined();
    expect(detectPage('https://onlineservices-servicesenligne.cic.gc.ca/mycic/home')?.lang).toBeUndefined();
  });

  it('maps the addresses IRCC links to without a language to the page they are, language unknown', () => {
    expect(detectPage('https://prson-srpel.apps.cic.gc.ca/login')).toEqual({
      service: 'pr-portal',
      page: 'sign-in',
      lang: undefined,
    });
    expect(detectPage('https://citapply-citdemande.apps.cic.gc.ca/sign-in')).toEqual({
      service: 'citizenship',
      page: 'apply-sign-in',
      lang: undefined,
    });
    expect(detectPage('https://ircc-tracker-suivi.apps.cic.gc.ca/login')).toEqual({
      service: 'status-tracker',
      page: 'sign-in',
      lang: undefined,
    });
    expect(detectPage('https://prson-srpel.apps.cic.gc.ca/rep/signup')).toMatchObject({ page: 'representative' });
  });

  it('knows registration and the IRCC Portal new version on canada.ca, and nothing else there', () => {
    expect(
      detectPage('https://www.canada.ca/en/immigration-refugees-citizenship/services/application/register.html'),
    ).toEqual({ service: 'secure-account', page: 'register', lang: 'en' });
    expect(
      detectPage('https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/compte-en-ligne.html'),
    ).toEqual({ service: 'ircc-portal', page: 'new-version', lang: 'fr' });
    expect(detectPage('https://www.canada.ca/en/services/taxes.html')).toBeUndefined();
  });

  it('keeps the eTA form, which needs no account, out of the secure account', () => {
    expect(detectPage('https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome?lang=en')).toBeUndefined();
    expect(detectPage('https://onlineservices-servicesenligne.cic.gc.ca/mycic/home')).toBeDefined();
  });

  it('generates the manifest matches from the catalogue: https only, every host, nothing broader', () => {
    for (const pattern of CONTENT_MATCHES) expect(pattern).toMatch(/^https:\/\/[^/]+\/.*\*$/);
    for (const service of SERVICES) {
      for (const host of service.hosts) {
        expect(
          CONTENT_MATCHES.some((pattern) => pattern.startsWith(`https://${host}/`)),
          host,
        ).toBe(true);
      }
    }
    // www.canada.ca is shared with every other government page: only its sign-in pages, each one
    // exact page (the chooser, registration, the IRCC Portal's new version, in both languages).
    const canada = CONTENT_MATCHES.filter((pattern) => pattern.includes('www.canada.ca'));
    expect(canada).toHaveLength(6);
    for (const pattern of canada)
      expect(pattern).toMatch(/^https:\/\/www\.canada\.ca\/(?:en|fr)\/[a-z-]+\/services\/[a-z]+\/[a-z-]+\.html\*$/);
    expect(CONTENT_MATCHES).not.toContain('https://www.canada.ca/*');
  });

  it('every recognised example is inside the manifest matches, so the content script really runs there', () => {
    const toRegExp = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const patterns = CONTENT_MATCHES.map(toRegExp);
    for (const examples of Object.values(EXAMPLES)) {
      for (const { yes } of Object.values(examples.pages)) {
        for (const url of yes) {
          const { origin, pathname, search } = new URL(url);
          expect(
            patterns.some((re) => re.test(origin + pathname + search)),
            url,
          ).toBe(true);
        }
      }
    }
  });
});

describe('page keys', () => {
  it('are exactly the catalogue’s pages: one per page rule, and a misspelt key does not compile', () => {
    // Checked by `npm run typecheck`: each line below is an error, or the directive itself is one.
    // @ts-expect-error a GCKey page the catalogue does not have
    const gckey: PageKey = 'gckey/sign-inn';
    // @ts-expect-error the apps.cic.gc.ca portals' rules share a catch-all: it must stay a literal
    const portal: PageKey = 'pr-portal/sign-inn';
    // @ts-expect-error the chooser's key is 'secure-account/choose-sign-in'
    const account: PageKey = 'secure-account/chooser';
    // @ts-expect-error the bank list's key is 'sign-in-partner/choose-partner'
    const partner: PageKey = 'sign-in-partner/choose-bank';
    expect([gckey, portal, account, partner].filter((key) => PAGE_KEYS.includes(key))).toEqual([]);
    expect(PAGE_KEYS).toEqual(
      SERVICES.flatMap((service) => service.pages.map((rule) => pageKey({ service: service.id, page: rule.page }))),
    );
    expect(new Set(PAGE_KEYS).size).toBe(PAGE_KEYS.length);
  });
});

describe('single-page apps', () => {
  it('are the services on apps.cic.gc.ca (the portals): only there does the banner watch the address', () => {
    const singlePage = SERVICES.filter((service) => service.singlePage).map((service) => service.id);
    expect(singlePage.sort()).toEqual(['citizenship', 'ircc-portal', 'pr-portal', 'pr-tracker', 'status-tracker']);
    for (const service of SERVICES)
      expect(
        service.hosts.some((host) => host.endsWith('.apps.cic.gc.ca')),
        service.id,
      ).toBe(!!service.singlePage);
  });
});
