import { MESSAGES, type Messages } from '../i18n';
import { headlinesOf, type Headline, type Known, kindFor, type Tone } from '../kinds';
import { partnerById } from '../pages/partners';
import { pageKey, type PageKey } from '../pages';
import type { Lang, PageMatch } from '../pages/types';
import type { Method } from '../settings/constants';
import type { Profile } from '../settings/schema';
import { OFFICIAL_LINKS, type OfficialLink } from './links';
import { titleKey } from './pages';

export type { Tone };
/**
 * What the person can answer in the banner: a method, yes/no to what was seen, "I don't remember",
 * "I have no account yet", or "Change" (brings the question back).
 */
export type Answer = Method | 'yes' | 'no' | 'forgot' | 'none' | 'change';

/** Everything a banner shows, as plain strings in one language: the banner only lays it out. */
export type BannerContent = {
  lang: Lang;
  title: string;
  tone: Tone;
  /** The headline: the one thing that matters here, for this person. */
  line: string;
  /** Where the tab did not come from IRCC: the one line for IRCC users. */
  forIrcc: string | undefined;
  /**
   * The person's name and bank, when they belong beside the headline. Never part of a sentence:
   * the banner draws them where the page's scripts cannot read them (src/banner/dom.ts).
   */
  who: { name?: string; bank?: string } | undefined;
  /** Buttons that act on the headline: answers, "Change". */
  answers: { answer: Answer; label: string }[];
  /** What an answer the person just gave means (after "I don't remember", "I have no account yet"). */
  note: string | undefined;
  /** A link that acts on the headline (back to IRCC's sign-in page). */
  back: { href: string; text: string } | undefined;
  /** The page kind, for what is behind "More" (src/guidance/more.ts). */
  page: PageKey;
  labels: {
    unofficial: string;
    more: string;
    close: string;
    hideAsk: string;
    hideYes: string;
    hideNo: string;
  };
};

/** What the banner knows about the person and the tab, besides the page. */
export type BannerContext = {
  profile: Profile;
  /** How many people this browser keeps: with more than one, the banner shows whose sign-in it is. */
  profileCount: number;
  /** On GCKey and the bank list: whether this tab is on its way to or from IRCC (src/kinds/ircc-tabs.ts). */
  fromIrcc: boolean;
  /** What the person just did in this banner, which changes it in place (not stored). */
  answered?: 'no' | 'forgot' | 'none' | 'change';
  now: number;
};

/** A sign-in or a new GCKey this recent is "the one just made": long enough to sign in and look around. */
export const RECENT_MS = 12 * 60 * 60 * 1000;

/** What can change a headline, from the stored profile: told and seen kept apart. */
export function knownOf(context: BannerContext): Known {
  const { profile, now } = context;
  const recent = (at: number | null | undefined) =>
    at !== null && at !== undefined && now - at >= 0 && now - at < RECENT_MS;
  const used = profile.lastUsed;
  return {
    told: profile.method,
    toldBank: profile.method === 'sign-in-partner' && !!partnerById(profile.partner),
    seen: profile.method ? null : (used?.method ?? null),
    fromIrcc: context.fromIrcc,
    recentNewGckey: recent(profile.newGckeyAt),
    recentOtherWay:
      !!profile.method &&
      !!used &&
      recent(used.at) &&
      (used.method !== profile.method ||
        (used.method === 'sign-in-partner' && !!used.partner && !!profile.partner && used.partner !== profile.partner)),
  };
}

const link = (lang: Lang, which: OfficialLink | undefined, text: string) =>
  which && { href: OFFICIAL_LINKS[which][lang], text };

/** The answers under a question (or the "Change" button under a told line). */
function answersFor(headline: Headline, t: Messages): BannerContent['answers'] {
  if (headline.ask === 'method')
    return [
      { answer: 'gckey', label: t.method_gckey },
      { answer: 'sign-in-partner', label: t.method_partner },
      { answer: 'forgot', label: t.answerForgot },
      { answer: 'none', label: t.answerNoAccount },
    ];
  if (headline.ask === 'seen')
    return [
      { answer: 'yes', label: t.yes },
      { answer: 'no', label: t.no },
      { answer: 'forgot', label: t.answerForgot },
    ];
  return headline.change ? [{ answer: 'change', label: t.change }] : [];
}

/** The banner's content from a headline (the person's own, or one of the reserve's). */
function fromHeadline(
  match: PageMatch,
  lang: Lang,
  headline: Headline,
  who: BannerContent['who'],
  note: string | undefined,
): BannerContent {
  const t = MESSAGES[lang];
  return {
    lang,
    page: pageKey(match),
    title: t[titleKey(match, (key) => key in t)] as string,
    tone: headline.tone,
    line: t[headline.line],
    forIrcc: headline.forIrcc && t[headline.forIrcc],
    who,
    answers: answersFor(headline, t),
    note,
    back: link(lang, headline.back, t.backToIrcc),
    labels: {
      unofficial: t.unofficial,
      more: t.more,
      close: t.close,
      hideAsk: headline.tone === 'warning' ? t.hideAskWarning : t.hideAsk,
      hideYes: t.hideYes,
      hideNo: t.hideNo,
    },
  };
}

/** What the banner says on this page to this person. */
export function bannerContent(match: PageMatch, lang: Lang, context: BannerContext): BannerContent {
  const t = MESSAGES[lang];
  const kind = kindFor(match);
  let headline = kind.headline(knownOf(context));
  const answered = context.answered;
  // "No" to what was seen, "Change", or "I don't remember": the question itself, in place.
  if (answered && answered !== 'none' && (headline.ask || headline.change))
    headline = { tone: 'note', line: 'g_questionPrompt', personal: true, ask: 'method' };
  // After "I don't remember" or "I have no account yet", the question stays with its advice under it.
  const asked = headline.ask === 'method';
  const note =
    asked && answered === 'forgot' ? t.g_forgot : asked && answered === 'none' ? t.g_noAccountYet : undefined;
  const { profile, profileCount } = context;
  const name = headline.personal && profileCount > 1 && profile.label ? profile.label : undefined;
  const bank = headline.bank ? partnerById(profile.partner)?.[lang] : undefined;
  return fromHeadline(match, lang, headline, name || bank ? { name, bank } : undefined, note);
}

/**
 * Everything this page kind could show as its headline, whoever the person is and wherever the tab
 * came from (generated from the kind itself, src/kinds/). The banner keeps room for the tallest
 * before the settings are read, so filling in the person's own never moves the page. The person's
 * name and bank take a fixed room beside the line whatever they are, so the reserve's stand-ins
 * are as tall as any real ones.
 */
const possible = new Map<string, BannerContent[]>();

export function possibleContents(match: PageMatch, lang: Lang): BannerContent[] {
  const cacheKey = `${pageKey(match)}|${lang}`;
  const cached = possible.get(cacheKey);
  if (cached) return cached;
  const contents = headlinesOf(kindFor(match)).map((headline) =>
    fromHeadline(
      match,
      lang,
      headline,
      headline.personal || headline.bank ? { name: 'M', bank: 'M' } : undefined,
      undefined,
    ),
  );
  possible.set(cacheKey, contents);
  return contents;
}
