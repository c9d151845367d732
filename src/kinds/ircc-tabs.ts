import { detectPage, pageKey } from '../pages';
import { marksTab } from './senders';
/**
 * Which tabs are on their way to or from IRCC. GCKey and the bank list serve many federal services
 * (F24), so what they tell a person about IRCC must rest on this tab having been at IRCC's own
 * sign-in pages a short while ago — not on anything the GCKey page or its address says.
 *
 * Why the background and the tab id: every content script asks for its page view (`ask-page-view`,
 * src/content/settings.ts) as its page starts, and the browser tells the background which tab and
 * address it came from (`sender.tab.id`, `sender.url`), which no page can forge. From an IRCC
 * sign-in page (its kind's `marksTab`), that marks the tab; from GCKey or the bank list, the answer
 * says whether the tab is marked. The
 * alternatives are weaker: `document.referrer` is cut to an origin (or nothing) by referrer policies
 * and redirects, and `www.canada.ca` is also CRA's; `sessionStorage` is per origin, so GCKey cannot
 * read IRCC's; `storage.session` is not open to content scripts by default in Chrome.
 * The marks live in `storage.session` (in memory where it is missing), so a background worker that
 * the browser stopped still knows them, and they go with the browser session.
 */
export const IRCC_TAB_MS = 30 * 60 * 1000;
const KEY = 'ircc-tabs';

type Area = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};
type Marks = Record<string, number>;

function readMarks(raw: unknown, now: number): Marks {
  const marks: Marks = {};
  if (typeof raw !== 'object' || raw === null) return marks;
  for (const [tab, at] of Object.entries(raw)) {
    // Only recent, sane marks survive each read: the list stays as short as the open IRCC tabs.
    if (/^\d{1,12}$/.test(tab) && typeof at === 'number' && now - at >= 0 && now - at < IRCC_TAB_MS) marks[tab] = at;
  }
  return marks;
}

/** The tab marks over a storage area (the background passes `browser.storage.session`). */
export function irccTabs(area: Area | undefined) {
  let memory: Marks = {};
  const load = async (now: number) => readMarks(area ? (await area.get(KEY))[KEY] : memory, now);
  const save = async (marks: Marks) => {
    if (area) await area.set({ [KEY]: marks });
    else memory = marks;
  };
  return {
    /** This tab was just at one of IRCC's sign-in pages. */
    async mark(tabId: number, now: number): Promise<void> {
      const marks = await load(now);
      marks[String(tabId)] = now;
      await save(marks);
    },
    /**
     * A content script on `url` (the address the browser reports for it) in this tab asked for its
     * page view: marks the tab when the page is one of IRCC's own sign-in pages (its kind's
     * `marksTab`), then says whether the tab is on its way to or from IRCC. `now` in ms since the epoch.
     */
    async visit(tabId: number, url: string, now: number): Promise<boolean> {
      const match = detectPage(url);
      if (!match || !marksTab(pageKey(match))) return this.isFromIrcc(tabId, now);
      await this.mark(tabId, now);
      return true;
    },
    /** Whether this tab was at IRCC's sign-in pages in the last `IRCC_TAB_MS`. */
    async isFromIrcc(tabId: number, now: number): Promise<boolean> {
      return String(tabId) in (await load(now));
    },
  };
}
