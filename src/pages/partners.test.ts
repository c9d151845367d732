import { describe, expect, it } from 'vitest';
import { namesOf, partnerByName, partnerKey } from './partner-names';
import { PARTNER_IDS, PARTNERS } from './partners';

// The 22 members in the official names of canada.ca's partner list (2025–2026), and the French names
// of IRCC's French pages.
const OFFICIAL_EN = [
  'Affinity Credit Union',
  'Alberta Treasury Branches (ATB)',
  'BMO Financial Group',
  'Caisse Alliance',
  'CIBC Canadian Imperial Bank of Commerce',
  'Coast Capital Savings',
  'Conexus Credit Union',
  'connectFirst Credit Union',
  'Desjardins Group (Caisses Populaires)',
  'Libro Credit Union',
  'Meridian Credit Union',
  'National Bank of Canada',
  'RBC Royal Bank',
  'Scotiabank',
  'Servus Credit Union',
  'Simplii Financial',
  'Steinbach Credit Union',
  'Tangerine',
  'TD Bank Group',
  'UNI',
  'Vancity',
  'Wealthsimple',
];

describe('the Sign-In Partners', () => {
  it('are the 22 members, each official English name naming exactly one of them', () => {
    expect(PARTNERS).toHaveLength(22);
    const named = OFFICIAL_EN.map((name) => partnerByName(name));
    expect(named.every(Boolean), JSON.stringify(named)).toBe(true);
    expect(new Set(named).size).toBe(22);
  });

  it('keeps the ids that stored settings use, and adds Steinbach', () => {
    for (const id of ['affinity', 'atb', 'bmo', 'desjardins', 'national-bank', 'rbc', 'simplii', 'td', 'uni']) {
      expect(PARTNER_IDS).toContain(id);
    }
    expect(partnerByName('Steinbach Credit Union')).toBe('steinbach');
  });

  it.each([
    ['Groupe Banque TD', 'td'],
    ['TD Bank Group', 'td'],
    ['TD', 'td'],
    ['BMO Groupe financier', 'bmo'],
    ['Banque Nationale du Canada', 'national-bank'],
    ['Groupe Desjardins', 'desjardins'],
    ['RBC Banque Royale', 'rbc'],
    ['Banque Scotia', 'scotiabank'],
    ['UNI Coopération financière', 'uni'],
    ['Financière Simplii', 'simplii'],
    ['  rbc   ROYAL bank®  ', 'rbc'],
    ['Coopération Financière UNI', undefined],
    ['coast-capital', 'coast-capital'],
    ['national_bank', 'national-bank'],
  ])('knows %s as %s (case, accents, ®, spaces and "Group" do not matter)', (name, id) => {
    expect(partnerByName(name)).toBe(id);
  });

  it('matches whole names only, never a partner inside a longer text', () => {
    for (const text of ['Switch My Sign-In Partner', 'Select a Sign-In Partner', 'TD and RBC', 'Cancel', '', '®']) {
      expect(partnerByName(text), text).toBeUndefined();
    }
  });

  it('has no name that two partners share', () => {
    const owner = new Map<string, string>();
    for (const p of PARTNERS) {
      for (const name of namesOf(p.id)) {
        const key = partnerKey(name);
        expect(owner.get(key) ?? p.id, `${name} is both ${owner.get(key)} and ${p.id}`).toBe(p.id);
        owner.set(key, p.id);
      }
    }
  });
});
