import type { Lang } from '../pages/types';

/** The only places the extension links to: official canada.ca pages (docs/facts.md, "Official starting points"). */
export const OFFICIAL_LINKS = {
  signIn: {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/compte.html',
  },
  accounts: {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/comptes-ircc.html',
  },
} as const satisfies Record<string, Record<Lang, string>>;
export type OfficialLink = keyof typeof OFFICIAL_LINKS;
