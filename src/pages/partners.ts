/**
 * The Sign-In Partners: the banks and credit unions that let people sign in to Government of Canada
 * services with their online banking, through the Interac sign-in service. 22 members in 2025–2026,
 * in the official names that canada.ca lists (for example on the Designated Learning Institution
 * portal's "Register" page) and the French names of IRCC's French pages.
 *
 * The list changes (Steinbach Credit Union joined; SecureKey Concierge became Interac): it is data.
 * A stored partner id that is no longer here is "bank not known", never an error. Ids are stable:
 * stored settings and other code use them, so an id is never renamed, only added.
 *
 * Each partner has:
 * - `en` / `fr`: the short name the extension shows (popup, banner), as people say it;
 * - `official`: the name the partner list itself uses, in each language;
 * - `aliases`: other names a page may use for it (common, older, long or short forms, both languages);
 * - `logo`: the file name (without `.png`) of its logo on the bank list. INFERRED: public copies
 *   show only the pattern `/cbs/images/en/<bank>.png` on the Interac content host, not the names.
 */
export const PARTNERS = [
  partner('affinity', 'Affinity Credit Union', 'Affinity Credit Union', {
    aliases: ['Affinity'],
  }),
  partner('atb', 'ATB Financial', 'ATB Financial', {
    official: 'Alberta Treasury Branches (ATB)',
    aliases: ['Alberta Treasury Branches', 'ATB'],
  }),
  partner('bmo', 'BMO', 'BMO', {
    official: 'BMO Financial Group',
    officialFr: 'BMO Groupe financier',
    aliases: ['BMO Bank of Montreal', 'Bank of Montreal', 'BMO Banque de Montréal', 'Banque de Montréal'],
  }),
  partner('caisse-alliance', 'Caisse Alliance', 'Caisse Alliance', {}),
  partner('cibc', 'CIBC', 'CIBC', {
    official: 'CIBC Canadian Imperial Bank of Commerce',
    officialFr: 'CIBC Banque Canadienne Impériale de Commerce',
    aliases: ['Canadian Imperial Bank of Commerce', 'Banque Canadienne Impériale de Commerce', 'Banque CIBC'],
  }),
  partner('coast-capital', 'Coast Capital Savings', 'Coast Capital Savings', {
    aliases: ['Coast Capital'],
  }),
  partner('conexus', 'Conexus Credit Union', 'Conexus Credit Union', { aliases: ['Conexus'] }),
  partner('connectfirst', 'connectFirst Credit Union', 'connectFirst Credit Union', { aliases: ['connectFirst'] }),
  partner('desjardins', 'Desjardins', 'Desjardins', {
    official: 'Desjardins Group (Caisses Populaires)',
    officialFr: 'Groupe Desjardins',
    aliases: ['Desjardins Group', 'Caisses Desjardins', 'Caisses populaires Desjardins', 'Mouvement Desjardins'],
  }),
  partner('libro', 'Libro Credit Union', 'Libro Credit Union', { aliases: ['Libro'] }),
  partner('meridian', 'Meridian Credit Union', 'Meridian Credit Union', { aliases: ['Meridian'] }),
  partner('national-bank', 'National Bank', 'Banque Nationale', {
    official: 'National Bank of Canada',
    officialFr: 'Banque Nationale du Canada',
    aliases: ['National Bank'],
  }),
  partner('rbc', 'RBC Royal Bank', 'RBC Banque Royale', {
    aliases: ['RBC', 'Royal Bank of Canada', 'Banque Royale du Canada', 'Royal Bank'],
  }),
  partner('scotiabank', 'Scotiabank', 'Banque Scotia', {
    aliases: ['Bank of Nova Scotia', 'Banque de Nouvelle-Écosse'],
  }),
  partner('servus', 'Servus Credit Union', 'Servus Credit Union', { aliases: ['Servus'] }),
  partner('simplii', 'Simplii Financial', 'Simplii Financial', {
    officialFr: 'Financière Simplii',
    aliases: ['Simplii'],
  }),
  partner('steinbach', 'Steinbach Credit Union', 'Steinbach Credit Union', { aliases: ['Steinbach'] }),
  partner('tangerine', 'Tangerine', 'Tangerine', { aliases: ['Tangerine Bank', 'Banque Tangerine'] }),
  partner('td', 'TD', 'TD', {
    official: 'TD Bank Group',
    officialFr: 'Groupe Banque TD',
    aliases: ['TD Bank', 'TD Canada Trust', 'Banque TD'],
  }),
  partner('uni', 'UNI Financial Cooperation', 'UNI Coopération financière', {
    official: 'UNI',
    aliases: ['UNI Financial Cooperation', 'UNI Coopération financière'],
  }),
  partner('vancity', 'Vancity', 'Vancity', { aliases: ['Vancouver City Savings Credit Union'] }),
  partner('wealthsimple', 'Wealthsimple', 'Wealthsimple', {}),
] as const;

type Names<Id extends string> = {
  id: Id;
  en: string;
  fr: string;
  official: { en: string; fr: string };
  aliases: readonly string[];
  logo: string;
};

function partner<const Id extends string>(
  id: Id,
  en: string,
  fr: string,
  more: { official?: string; officialFr?: string; aliases?: readonly string[]; logo?: string },
): Names<Id> {
  const official = more.official ?? en;
  return {
    id,
    en,
    fr,
    official: { en: official, fr: more.officialFr ?? (more.official ? official : fr) },
    aliases: more.aliases ?? [],
    logo: more.logo ?? id, // inferred, see above
  };
}

export type Partner = (typeof PARTNERS)[number];
export type PartnerId = Partner['id'];
export const PARTNER_IDS = PARTNERS.map((p) => p.id) as [PartnerId, ...PartnerId[]];

export const partnerById = (id: string | null | undefined): Partner | undefined => PARTNERS.find((p) => p.id === id);

/** Words that partner lists add or drop freely ("TD Bank Group" / "TD Bank", « Groupe Desjardins »). */
const FILLER = /\b(?:the|group|groupe|inc|ltd|limited|ltee)\b/g;

/**
 * A name reduced to what identifies it: lower case, no accents, no ®/™ or punctuation, no filler
 * words, no spaces — so "Desjardins Group (Caisses Populaires)", « Groupe Desjardins » and the
 * logo file name `desjardins` can be compared. `''` for a string with nothing left.
 */
export function partnerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(FILLER, ' ')
    .replace(/\s+/g, '');
}

let byKey: Map<string, PartnerId> | undefined;

/**
 * The partner a name, an alias, a logo file name or an id stands for, compared whole (never as a
 * part of a longer text: "TD" inside a sentence is not TD). `undefined` when nothing matches.
 */
export function partnerByName(text: string): PartnerId | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const p of PARTNERS) {
      for (const name of [p.id, p.en, p.fr, p.official.en, p.official.fr, p.logo, ...p.aliases]) {
        const key = partnerKey(name);
        if (key) byKey.set(key, p.id);
      }
    }
  }
  const key = partnerKey(text);
  return key ? byKey.get(key) : undefined;
}
