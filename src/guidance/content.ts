import { type Messages, MESSAGES } from '../i18n';
import { PARTNERS, partnerById } from '../pages/partners';
import type { Lang, PageMatch } from '../pages/types';
import type { Profile } from '../settings/schema';
import type { GuidanceKey } from './facts';
import { OFFICIAL_LINKS, type OfficialLink } from './links';
import { guideFor, titleKey } from './pages';

export type Tone = 'note' | 'warning';

/** Everything a banner shows, as plain strings in one language: the banner only lays it out. */
export type BannerContent = {
  lang: Lang;
  title: string;
  purpose: string;
  not: string;
  next: string;
  /** What the person's remembered sign-in changes on this page, if anything. */
  personal: { tone: Tone; lines: string[] } | undefined;
  link: { href: string; text: string } | undefined;
  labels: { region: string; unofficial: string; close: string; next: string };
};

type Personal = { tone: Tone; lines: string[]; next?: GuidanceKey; link?: OfficialLink };

/** The pages where the way a person signs in decides whether they reach their account or an empty one. */
function personalFor(page: string, profile: Profile, t: Messages, lang: Lang): Personal | undefined {
  const bank = partnerById(profile.partner)?.[lang] ?? t.yourBank;
  const you = profile.method === 'gckey' ? t.g_youUseGckey : t.g_youUsePartner(bank);
  const invite: Personal = { tone: 'note', lines: [t.g_inviteToRemember] };
  switch (page) {
    case 'gckey/sign-in':
      if (!profile.method) return invite;
      return profile.method === 'gckey'
        ? { tone: 'note', lines: [you, t.g_gckeyIsYours] }
        : { tone: 'warning', lines: [you, t.g_gckeyNotYours], next: 'g_gckeyNotYoursNext', link: 'signIn' };
    case 'gckey/sign-up':
      return profile.method ? { tone: 'warning', lines: [you, t.g_signUpWarning], link: 'signIn' } : invite;
    case 'sign-in-partner/choose-partner':
      if (!profile.method) return invite;
      return profile.method === 'gckey'
        ? { tone: 'warning', lines: [you, t.g_partnerNotYours], next: 'g_partnerNotYoursNext', link: 'signIn' }
        : { tone: 'note', lines: profile.partner ? [you, t.g_partnerIsYours(bank)] : [you, t.g_partnerNext] };
    case 'secure-account/choose-sign-in':
    case 'secure-account/sign-in-redirect':
      if (!profile.method) return invite;
      return {
        tone: 'note',
        lines: [profile.method === 'gckey' ? t.g_chooserYoursGckey : t.g_chooserYoursPartner(bank)],
      };
    case 'secure-account/home':
      return profile.method ? { tone: 'note', lines: [you] } : undefined;
    default:
      return undefined;
  }
}

export function bannerContent(match: PageMatch, lang: Lang, profile: Profile): BannerContent {
  const t = MESSAGES[lang];
  const guide = guideFor(match);
  const personal = personalFor(`${match.service}/${match.page}`, profile, t, lang);
  const text = (key: GuidanceKey) => t[key] as string;
  const link = personal?.link ?? guide.link;
  return {
    lang,
    title: t[titleKey(match, (key) => key in t)] as string,
    purpose: text(guide.purpose),
    not: text(guide.not),
    next: text(personal?.next ?? guide.next),
    personal: personal && { tone: personal.tone, lines: personal.lines },
    link: link && {
      href: OFFICIAL_LINKS[link][lang],
      text: link === 'signIn' ? t.officialLinkSignIn : t.officialLinkAccounts,
    },
    labels: { region: t.bannerLabel, unofficial: t.unofficial, close: t.close, next: t.next },
  };
}

/**
 * Everything this page could say, whoever the person is: no method, GCKey, Sign-In Partner with the
 * longest bank name or none. The banner reserves room for the longest before settings are read.
 */
export function possibleContents(match: PageMatch, lang: Lang): BannerContent[] {
  const longestBank = PARTNERS.reduce((a, b) => (b[lang].length > a[lang].length ? b : a));
  const profiles: Profile[] = [
    { id: 'me', label: '', method: null, partner: null },
    { id: 'me', label: '', method: 'gckey', partner: null },
    { id: 'me', label: '', method: 'sign-in-partner', partner: null },
    { id: 'me', label: '', method: 'sign-in-partner', partner: longestBank.id },
  ];
  const seen = new Set<string>();
  return profiles
    .map((profile) => bannerContent(match, lang, profile))
    .filter((content) => {
      const key = JSON.stringify(content);
      return !seen.has(key) && !!seen.add(key);
    });
}
