import { describe, expect, it } from 'vitest';
import { lookAlikeOf } from '../lookalike';
import { isOfficialIrccPage } from './official';

describe('an official IRCC page outside the catalogue', () => {
  it.each([
    'https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome?lang=en',
    'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html',
    'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/comptes-ircc.html',
    'https://www.canada.ca/en/immigration-refugees-citizenship',
    'https://ircc.canada.ca/english/helpcentre/index-featured-can.asp',
    'https://www.cic.gc.ca/english/helpcentre/',
  ])('is named as official: %s', (url) => {
    expect(isOfficialIrccPage(url)).toBe(true);
    expect(lookAlikeOf(url)).toBeUndefined();
  });

  it.each([
    'http://onlineservices-servicesenligne.cic.gc.ca/eta/welcome',
    'https://onlineservices-servicesenligne.cic.gc.ca:8443/eta/welcome',
    'https://user@www.canada.ca/en/immigration-refugees-citizenship/',
    'https://www.canada.ca/en/revenue-agency.html',
    'https://www.canada.ca/en/immigration-refugees-citizenshipX/',
    'https://cic.gc.ca.org/',
    'https://cicgc-ca.com/login',
    'https://notcic.gc.ca/',
    'https://example.org/?u=https://www.cic.gc.ca/',
    '',
    'javascript:alert(1)',
    'not a url',
  ])('is not: %s', (url) => {
    expect(isOfficialIrccPage(url)).toBe(false);
  });

  it('never throws', () => {
    expect(isOfficialIrccPage(undefined)).toBe(false);
  });
});
