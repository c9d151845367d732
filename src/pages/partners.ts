/**
 * The Sign-In Partners listed on canada.ca (docs/pages.md §2). The list changes: it is data, and a
 * stored partner id that is no longer here is treated as "bank not known" rather than an error.
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
  { id: 'tangerine', en: 'Tangerine', fr: 'Tangerine' },
  { id: 'td', en: 'TD', fr: 'TD' },
  { id: 'uni', en: 'UNI Financial Cooperation', fr: 'UNI Coopération financière' },
  { id: 'vancity', en: 'Vancity', fr: 'Vancity' },
  { id: 'wealthsimple', en: 'Wealthsimple', fr: 'Wealthsimple' },
] as const;

export type Partner = (typeof PARTNERS)[number];
export type PartnerId = Partner['id'];
export const PARTNER_IDS = PARTNERS.map((partner) => partner.id) as [PartnerId, ...PartnerId[]];

export const partnerById = (id: string | null | undefined): Partner | undefined =>
  PARTNERS.find((partner) => partner.id === id);
