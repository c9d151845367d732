import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../pages/catalogue';
import type { ServiceId } from '../pages/types';
import { KIND_SENDERS } from './senders';
import { IRCC_TAB_MS, irccTabs } from './ircc-tabs';

// Addresses as the browser reports them for the content scripts' `ask-page-view` (src/pages/catalogue.ts).
const CHOOSER = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html';
const GCKEY = 'https://clegc-gckey.gc.ca/j/eng/l?ReqID=s1';
const BANKS = 'https://gc.signin.interac-id.ca/cbs/nav/home-accueil-eng';

describe('which tabs are on their way to or from IRCC', () => {
  it('is marked by asking from an IRCC sign-in page, then known to GCKey and the bank list in that tab only', async () => {
    const tabs = irccTabs(undefined);
    const t0 = 1_000_000;
    expect(await tabs.visit(7, GCKEY, t0)).toBe(false); // GCKey on its own: another service's, maybe
    expect(await tabs.visit(7, BANKS, t0)).toBe(false); // asking from the bank list marks nothing
    await tabs.visit(7, CHOOSER, t0);
    expect(await tabs.visit(7, GCKEY, t0 + 1000)).toBe(true);
    expect(await tabs.visit(7, BANKS, t0 + 2000)).toBe(true);
    expect(await tabs.visit(8, GCKEY, t0 + 1000)).toBe(false); // another tab
    expect(await tabs.visit(7, GCKEY, t0 + IRCC_TAB_MS)).toBe(false); // a while later
    // An address that only looks like IRCC's marks nothing.
    await tabs.visit(9, CHOOSER.replace('www.canada.ca', 'www.canada.ca.evil.example'), t0);
    expect(await tabs.visit(9, GCKEY, t0 + 1000)).toBe(false);
  });

  it('is marked from IRCC’s own sign-in pages, and from no other page the extension knows', async () => {
    const marking = Object.entries(KIND_SENDERS)
      .filter(([, sender]) => sender.marksTab)
      .map(([key]) => key);
    expect(marking.sort()).toEqual([
      'secure-account/choose-sign-in',
      'secure-account/home',
      'secure-account/sign-in-redirect',
    ]);
    let tab = 100;
    for (const [service, examples] of Object.entries(EXAMPLES) as [ServiceId, (typeof EXAMPLES)[ServiceId]][]) {
      for (const [page, { yes }] of Object.entries(examples.pages)) {
        for (const url of yes) {
          const tabs = irccTabs(undefined);
          await tabs.visit(++tab, url, 1_000);
          // Whether GCKey, asking next in the same tab, hears that it is on its way to IRCC.
          expect(await tabs.visit(tab, GCKEY, 2_000), url).toBe((marking as string[]).includes(`${service}/${page}`));
        }
      }
    }
  });
});
