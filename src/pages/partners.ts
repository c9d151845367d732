/**
 * The Sign-In Partners: the banks and credit unions that let people sign in to Government of Canada
 * services with their online banking, through the Interac sign-in service. 22 members in 2025–2026
 * (canada.ca's partner lists, for example the Designated Learning Institution portal's "Register"
 * page; IRCC's French pages for the French names).
 *
 * The list changes (Steinbach Credit Union joined; SecureKey Concierge became Interac): it is data.
 * A stored partner id that is no longer here is "bank not known", never an error. Ids are stable:
 * stored settings and other code use them, so an id is never renamed, only added.
 *
 * `en` / `fr` are the short names the extension shows (popup, banner), as people say them. The names
 * the bank list itself may use (official, long, short, older, both languages) and the logo file names
 * are in `partner-names.ts`, which only the guards carry.
 */
export const PARTNERS = [
  { id: 'affinity', en: 'Affinity Credit Union', fr: 'Affinity Credit Union' },
  { id: 'atb', en: 'ATB Financial', fr: 'ATB Financial' },
  { id: 'bmo', en: 'BMO', fr: 'BMO' },
  { id: 'caisse-alliance', en: 'Caisse Alliance', fr: 'Caisse Alliance' },
  { id: 'cibc', en: 'CIBC', fr: 'CIBC' },
  { id: 'coast-capital', en: 'Coast Capital Savings', fr: 'Coast Capital Savings' },
  { id: 'conexus', en: 'Conexus Credit Union', fr: 'Conexus Credit Union' },
  { id: 'connectfirst', en: 'connectFirst Credit Union', fr: 'connectFirst Credit Union' },
  { id: 'desjardins', en: 'Desjardins', fr: 'Desjardins' },
  { id: 'libro', en: 'Libro Credit Union', fr: 'Libro Credit Union' },
  { id: 'meridian', en: 'Meridian Credit Union', fr: 'Meridian Credit Union' },
  { id: 'national-bank', en: 'National Bank', fr: 'Banque Nationale' },
  { id: 'rbc', en: 'RBC Royal Bank', fr: 'RBC Banque Royale' },
  { id: 'scotiabank', en: 'Scotiabank', fr: 'Banque Scotia' },
  { id: 'servus', en: 'Servus Credit Union', fr: 'Servus Credit Union' },
  { id: 'simplii', en: 'Simplii Financial', fr: 'Simplii Financial' },
  { id: 'steinbach', en: 'Steinbach Credit Union', fr: 'Steinbach Credit Union' },
  { id: 'tangerine', en: 'Tangerine', fr: 'Tangerine' },
  { id: 'td', en: 'TD', fr: 'TD' },
  { id: 'uni', en: 'UNI Financial Cooperation', fr: 'UNI Coopération financière' },
  { id: 'vancity', en: 'Vancity', fr: 'Vancity' },
  { id: 'wealthsimple', en: 'Wealthsimple', fr: 'Wealthsimple' },
] as const;

export type Partner = (typeof PARTNERS)[number];
export type PartnerId = Partner['id'];
export const PARTNER_IDS = PARTNERS.map((p) => p.id) as [PartnerId, ...PartnerId[]];

export const partnerById = (id: string | null | undefined): Partner | undefined => PARTNERS.find((p) => p.id === id);
