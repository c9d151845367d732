import { PARTNERS, type PartnerId } from './partners';

/**
 * What a bank list may call each partner, besides the short name the extension shows:
 * - `official` / `officialFr`: the name the partner list itself uses (when it differs);
 * - `aliases`: other names a page may use (common, older, long or short forms, both languages);
 * - `logo`: the file name (without `.png`) of its logo on the bank list, when it is not the id.
 *   INFERRED, every one: public copies show only the pattern `/cbs/images/en/<bank>.png` on the
 *   Interac content host, not the file names, so the ids stand in for them.
 * Only the guards carry this (the banner does not need it).
 */
type MoreNames = { official?: string; officialFr?: string; aliases?: readonly string[]; logo?: string };
export const PARTNER_NAMES: Record<PartnerId, MoreNames> = {
  affinity: {
    aliases: ['Affinity'],
  },
  atb: {
    official: 'Alberta Treasury Branches (ATB)',
    aliases: ['Alberta Treasury Branches', 'ATB'],
  },
  bmo: {
    official: 'BMO Financial Group',
    officialFr: 'BMO Groupe financier',
    aliases: ['BMO Bank of Montreal', 'Bank of Montreal', 'BMO Banque de Montréal', 'Banque de Montréal'],
  },
  'caisse-alliance': {},
  cibc: {
    official: 'CIBC Canadian Imperial Bank of Commerce',
    officialFr: 'CIBC Banque Canadienne Impériale de Commerce',
    aliases: ['Canadian Imperial Bank of Commerce', 'Banque Canadienne Impériale de Commerce', 'Banque CIBC'],
  },
  'coast-capital': {
    aliases: ['Coast Capital'],
  },
  conexus: { aliases: ['Conexus'] },
  connectfirst: { aliases: ['connectFirst'] },
  desjardins: {
    official: 'Desjardins Group (Caisses Populaires)',
    officialFr: 'Groupe Desjardins',
    aliases: ['Desjardins Group', 'Caisses Desjardins', 'Caisses populaires Desjardins', 'Mouvement Desjardins'],
  },
  libro: { aliases: ['Libro'] },
  meridian: { aliases: ['Meridian'] },
  'national-bank': {
    official: 'National Bank of Canada',
    officialFr: 'Banque Nationale du Canada',
    aliases: ['National Bank'],
  },
  rbc: {
    aliases: ['RBC', 'Royal Bank of Canada', 'Banque Royale du Canada', 'Royal Bank'],
  },
  scotiabank: {
    aliases: ['Bank of Nova Scotia', 'Banque de Nouvelle-Écosse'],
  },
  servus: { aliases: ['Servus'] },
  simplii: {
    officialFr: 'Financière Simplii',
    aliases: ['Simplii'],
  },
  steinbach: { aliases: ['Steinbach'] },
  tangerine: { aliases: ['Tangerine Bank', 'Banque Tangerine'] },
  td: {
    official: 'TD Bank Group',
    officialFr: 'Groupe Banque TD',
    aliases: ['TD Bank', 'TD Canada Trust', 'Banque TD'],
  },
  uni: {
    official: 'UNI',
    aliases: ['UNI Financial Cooperation', 'UNI Coopération financière'],
  },
  vancity: { aliases: ['Vancouver City Savings Credit Union'] },
  wealthsimple: {},
};

/** Every name of a partner: its id, shown names, official names, aliases and logo file name. */
export function namesOf(id: PartnerId): string[] {
  const partner = PARTNERS.find((p) => p.id === id)!;
  const more = PARTNER_NAMES[id];
  return [
    id,
    partner.en,
    partner.fr,
    more.official ?? '',
    more.officialFr ?? '',
    more.logo ?? id,
    ...(more.aliases ?? []),
  ].filter(Boolean);
}

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
      for (const name of namesOf(p.id)) {
        const key = partnerKey(name);
        if (key) byKey.set(key, p.id);
      }
    }
  }
  const key = partnerKey(text);
  return key ? byKey.get(key) : undefined;
}
