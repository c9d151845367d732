import type { MessageKey } from '../i18n';
import type { MoreMessages } from '../i18n/more-en';
import type { OfficialLink } from '../guidance/links';
import type { PageKey } from '../pages/catalogue';
import type { Method } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';

export type { PageKey } from '../pages/catalogue';
export type Tone = 'note' | 'warning';
/** A headline: one of the `g_h…` guidance lines, or a question. */
export type LineKey = Extract<MessageKey, `g_h${string}` | 'g_questionPrompt' | 'g_seenGckey' | 'g_seenPartner'>;
/** What the banner may say beyond the headline, behind "More". */
export type MoreKey = Extract<keyof MoreMessages, `g_${string}`>;

/**
 * What a banner knows about the person and the tab, reduced to what can change a headline. Never a
 * name or a bank's name: a headline is the same for every name and every bank (those are drawn apart,
 * unreadable by the page), so the room kept for it never depends on them.
 */
export type Known = {
  /** What the person told the extension (popup, options, first run, the banner's question). */
  told: Method | null;
  /** Whether they told which bank, too. */
  toldBank: boolean;
  /** What the extension only saw in this browser (the last sign-in started), when nothing is told. */
  seen: Method | null;
  /** On GCKey and the bank list, shared by many services: whether this tab is on its way to or from IRCC. */
  fromIrcc: boolean;
  /** A new GCKey was made, or a sign-in the other way than told was started, in the last hours. */
  recentNewGckey: boolean;
  recentOtherWay: boolean;
};

/** The one line a banner opens with, and the controls that act on it. */
export type Headline = {
  tone: Tone;
  line: LineKey;
  /** Where the tab did not come from IRCC: the one line for IRCC users. */
  forIrcc?: LineKey;
  /** The line is about the person (their told method): it names whose sign-in when several share the browser. */
  personal?: true;
  /** The person's bank is shown beside the line (drawn apart, unreadable by the page). */
  bank?: true;
  /** Answers under the line: which method they used, or yes/no to what was seen. */
  ask?: 'method' | 'seen';
  /** A "Change" button that brings the question back in place. */
  change?: true;
  /** A link that acts on the line (back to IRCC's sign-in page). */
  back?: OfficialLink;
};

/** What the banner says behind "More": what the page is for, what it is not, the next step, tips, a link. */
export type Guide = { purpose: MoreKey; not: MoreKey; next: MoreKey; tips?: MoreKey[]; link?: OfficialLink };

/**
 * One page kind: everything the extension does on it, in one place. (Its guide behind "More" and what
 * the background believes from it sit in the same file as separate exports, `<kind>Guide` and
 * `<kind>Sender`, so that only the background's bundle carries them: src/kinds/guides.ts, senders.ts.)
 */
export type Kind = {
  key: PageKey;
  /** The headline for what is known; its reserve is every headline over every `Known` (generated). */
  headline: (known: Known) => Headline;
  /** GCKey and the bank list serve many services: the banner and the guards ask whether the tab comes from IRCC. */
  shared?: true;
  /**
   * The guards' content script acts here: `marks` the person's own way and asks before another (the
   * choosers), or `notes` what the person did (which way a sign-in started, a new GCKey made).
   */
  guarded?: 'marks' | 'notes';
};

/**
 * What the background believes from a page kind: kept apart from `Kind` (like its guide), so that only
 * the background's bundle carries it (src/kinds/senders.ts).
 */
export type Sender = {
  /** The messages its content scripts may send to the background (checked against the sender's page). */
  sends: ContentMessage['type'][];
  /**
   * One of IRCC's own sign-in pages: when its content script asks for the page view, the background
   * marks the tab as on its way to IRCC, for GCKey and the bank list after it (src/kinds/ircc-tabs.ts).
   */
  marksTab?: true;
};
