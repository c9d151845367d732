import { type Messages, MESSAGES } from '../i18n';
import { PARTNERS, partnerById } from '../pages/partners';
import type { Lang, PageMatch } from '../pages/types';
import type { Method } from '../settings/constants';
import type { Profile } from '../settings/schema';
import type { GuidanceKey } from './facts';
import { OFFICIAL_LINKS, type OfficialLink } from './links';
import { guideFor, titleKey } from './pages';

export type Tone = 'note' | 'warning';
export type Answer = Method | 'none';

/** Everything a banner shows, as plain strings in one language: the banner only lays it out. */
export type BannerContent = {
  lang: Lang;
  title: string;
  purpose: string;
  not: string;
  next: string;
  /** What the person's remembered sign-in changes on this page, if anything. */
  personal: { tone: Tone; lines: string[] } | undefined;
  /** A question the person can answer from the banner (which method they used), if any. */
  question: { prompt: string; answers: { answer: Answer; label: string }[]; note?: string } | undefined;
  link: { href: string; text: string } | undefined;
  labels: { region: string; unofficial: string; close: string; next: string };
};

/** What the banner knows about the person, besides the page. */
export type BannerContext = {
  profile: Profile;
  /** How many people this browser keeps: with more than one, the banner names whose sign-in it is. */
  profileCount: number;
  /** The person answered "I don't have an account yet" on this page. */
  noAccountYet?: boolean;
  now: number;
};

/** A sign-in or a new GCKey this recent is "the one just made": long enough to sign in and look around. */
export const RECENT_MS = 12 * 60 * 60 * 1000;

type Personal = {
  tone: Tone;
  lines: string[];
  next?: GuidanceKey;
  link?: OfficialLink;
  question?: BannerContent['question'];
};

/** The pages where the way a person signs in decides whether they reach their account or an empty one. */
function personalFor(page: string, context: BannerContext, t: Messages, lang: Lang): Personal | undefined {
  const { profile, now } = context;
  const bankOf = (id: Profile['partner']) => partnerById(id)?.[lang] ?? t.yourBank;
  const bank = bankOf(profile.partner);
  const name = context.profileCount > 1 && profile.label ? profile.label : undefined;
  // What they remembered, or else what they last did.
  const method = profile.method ?? profile.lastUsed?.method ?? null;
  const way = (m: Method, partner: string) => (m === 'gckey' ? t.phrase_gckey : t.phrase_partner(partner));
  const you = name
    ? t.g_profileUses(name, way(method ?? 'gckey', bank))
    : method === 'gckey'
      ? t.g_youUseGckey
      : t.g_youUsePartner(bank);
  const invite: Personal = { tone: 'note', lines: [name ? t.g_profileNotSet(name) : t.g_inviteToRemember] };
  const recent = (at: number | null | undefined) =>
    at !== null && at !== undefined && now - at >= 0 && now - at < RECENT_MS;

  switch (page) {
    case 'gckey/sign-in':
      if (!method) return invite;
      return method === 'gckey'
        ? { tone: 'note', lines: [you, t.g_gckeyIsYours] }
        : { tone: 'warning', lines: [you, t.g_gckeyNotYours], next: 'g_gckeyNotYoursNext', link: 'signIn' };
    case 'gckey/sign-up':
      return method ? { tone: 'warning', lines: [you, t.g_signUpWarning], link: 'signIn' } : invite;
    case 'sign-in-partner/choose-partner':
      if (!method) return invite;
      return method === 'gckey'
        ? { tone: 'warning', lines: [you, t.g_partnerNotYours], next: 'g_partnerNotYoursNext', link: 'signIn' }
        : { tone: 'note', lines: profile.partner ? [you, t.g_partnerIsYours(bank)] : [you, t.g_partnerNext] };
    case 'secure-account/choose-sign-in':
    case 'secure-account/sign-in-redirect': {
      if (method) {
        const button = method === 'gckey' ? t.g_chooserYoursGckey : t.g_chooserYoursPartner(bank);
        return { tone: 'note', lines: name ? [you, button] : [button] };
      }
      if (page === 'secure-account/sign-in-redirect') return invite;
      return {
        tone: 'note',
        lines: name ? [t.g_profileNotSet(name)] : [],
        question: {
          prompt: t.g_questionPrompt,
          answers: [
            { answer: 'gckey', label: t.method_gckey },
            { answer: 'sign-in-partner', label: t.method_partner },
            { answer: 'none', label: t.answerNoAccount },
          ],
          note: context.noAccountYet ? t.g_noAccountYet : undefined,
        },
      };
    }
    case 'secure-account/home': {
      const used = profile.lastUsed;
      if (recent(profile.newGckeyAt)) {
        return { tone: 'warning', lines: [t.g_emptyAfterNewGckey], next: 'g_linkingHelp' };
      }
      const otherWay =
        profile.method &&
        used &&
        recent(used.at) &&
        (used.method !== profile.method ||
          (used.method === 'sign-in-partner' &&
            !!used.partner &&
            !!profile.partner &&
            used.partner !== profile.partner));
      if (otherWay) {
        return {
          tone: 'warning',
          lines: [t.g_emptyAfterOtherWay(way(profile.method!, bank))],
          next: 'g_linkingHelp',
        };
      }
      return method ? { tone: 'note', lines: [you] } : undefined;
    }
    default:
      return undefined;
  }
}

export function bannerContent(match: PageMatch, lang: Lang, context: BannerContext): BannerContent {
  const t = MESSAGES[lang];
  const guide = guideFor(match);
  const personal = personalFor(`${match.service}/${match.page}`, context, t, lang);
  const text = (key: GuidanceKey) => t[key] as string;
  const link = personal?.link ?? guide.link;
  return {
    lang,
    title: t[titleKey(match, (key) => key in t)] as string,
    purpose: text(guide.purpose),
    not: text(guide.not),
    next: text(personal?.next ?? guide.next),
    personal: personal?.lines.length ? { tone: personal.tone, lines: personal.lines } : undefined,
    question: personal?.question,
    link: link && {
      href: OFFICIAL_LINKS[link][lang],
      text: link === 'signIn' ? t.officialLinkSignIn : t.officialLinkAccounts,
    },
    labels: { region: t.bannerLabel, unofficial: t.unofficial, close: t.close, next: t.next },
  };
}

/**
 * Everything this page could say, whoever the person is: each sign-in method (with the longest bank
 * name), with and without a named profile, before and after a recent sign-in the other way or a new
 * GCKey. The banner reserves room for the longest before settings are read, so filling them in never
 * moves the page. A profile name much longer than the reserve's twelve letters may still add a line.
 */
const possible = new Map<string, BannerContent[]>();

export function possibleContents(match: PageMatch, lang: Lang, now: number): BannerContent[] {
  // The same for a page kind and language all page long: worked out once. (The dates in it only
  // stand for "recent", so the first `now` serves.)
  const cacheKey = `${match.service}/${match.page}|${lang}`;
  const cached = possible.get(cacheKey);
  if (cached) return cached;
  const contents = allContents(match, lang, now);
  possible.set(cacheKey, contents);
  return contents;
}

/** Where what the banner says depends on the person at all; and where it also depends on their history. */
const PERSONAL_PAGES = new Set([
  'gckey/sign-in',
  'gckey/sign-up',
  'sign-in-partner/choose-partner',
  'secure-account/choose-sign-in',
  'secure-account/sign-in-redirect',
  'secure-account/home',
]);
const HISTORY_PAGES = new Set(['secure-account/home']);

function allContents(match: PageMatch, lang: Lang, now: number): BannerContent[] {
  const key = `${match.service}/${match.page}`;
  const nobody: Profile = { id: 'me', label: '', method: null, partner: null, lastUsed: null, newGckeyAt: null };
  if (!PERSONAL_PAGES.has(key)) return [bannerContent(match, lang, { profile: nobody, profileCount: 1, now })];
  const longestBank = PARTNERS.reduce((a, b) => (b[lang].length > a[lang].length ? b : a)).id;
  const seen = new Set<string>();
  const contents: BannerContent[] = [];
  const shapes: [Method | null, Profile['partner']][] = [
    [null, null],
    ['gckey', null],
    ['sign-in-partner', null],
    ['sign-in-partner', longestBank],
  ];
  const histories = HISTORY_PAGES.has(key) ? (['none', 'other-way', 'new-gckey'] as const) : (['none'] as const);
  for (const [method, partner] of shapes) {
    for (const profileCount of [1, 2]) {
      for (const history of histories) {
        const profile: Profile = {
          ...nobody,
          label: profileCount > 1 ? 'Mmmmmmmmmmmm' : '',
          method,
          partner,
          lastUsed:
            history === 'other-way'
              ? { method: method === 'gckey' ? 'sign-in-partner' : 'gckey', partner: null, at: now }
              : null,
          newGckeyAt: history === 'new-gckey' ? now : null,
        };
        // "I don't have an account yet" is not reserved: it follows the person's own click, and a
        // change right after their input is not a layout shift.
        const content = bannerContent(match, lang, { profile, profileCount, now });
        const text = JSON.stringify(content);
        if (seen.has(text)) continue;
        seen.add(text);
        contents.push(content);
      }
    }
  }
  return contents;
}
