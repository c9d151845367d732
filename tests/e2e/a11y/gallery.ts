// Every banner the extension can show, and its guard's question, laid out on one page for axe: the
// product's own code (content, DOM, CSS), built with open shadow roots (see src/ui/shadow.ts) so
// that axe can look inside. Bundled by a11y.test.ts with esbuild.
import { renderBanner } from '../../../src/banner/banner';
import { mountHost } from '../../../src/banner/mount';
import { type BannerContext, bannerContent, possibleContents } from '../../../src/guidance/content';
import { moreContent } from '../../../src/guidance/more';
import { MESSAGES } from '../../../src/i18n';
import { guardsEn } from '../../../src/i18n/guards-en';
import { guardsFr } from '../../../src/i18n/guards-fr';
import { confirmOtherWay } from '../../../src/guards/dialog';
import { markOwn } from '../../../src/guards/mark';
import { SERVICES } from '../../../src/pages';
import type { Lang } from '../../../src/pages/types';
import type { Profile } from '../../../src/settings/schema';

const NOW = Date.now();
const profile = (method: Profile['method'], partner: Profile['partner'], more: Partial<Profile> = {}): Profile => ({
  id: 'me',
  label: '',
  method,
  partner,
  lastUsed: null,
  newGckeyAt: null,
  ...more,
});
const PEOPLE: Omit<BannerContext, 'now'>[] = [
  { profile: profile(null, null), profileCount: 1, fromIrcc: true },
  { profile: profile(null, null), profileCount: 1, fromIrcc: false },
  { profile: profile(null, null), profileCount: 1, fromIrcc: true, answered: 'forgot' },
  {
    profile: profile(null, null, { lastUsed: { method: 'gckey', partner: null, at: NOW } }),
    profileCount: 1,
    fromIrcc: true,
  },
  { profile: profile('gckey', null, { newGckeyAt: NOW }), profileCount: 1, fromIrcc: true },
  {
    profile: profile('sign-in-partner', 'tangerine', {
      label: 'Maria',
      lastUsed: { method: 'gckey', partner: null, at: NOW },
    }),
    profileCount: 2,
    fromIrcc: true,
  },
];

export function showAllBanners(lang: Lang): number {
  let count = 0;
  const actions = {
    onClose() {},
    onAnswer() {},
    more: (page: string) => Promise.resolve(moreContent(page, lang)),
  };
  for (const service of SERVICES) {
    for (const rule of service.pages) {
      for (const person of PEOPLE) {
        const match = { service: service.id, page: rule.page, lang };
        const banner = mountHost(match);
        banner.show(
          renderBanner(
            bannerContent(match, lang, { ...person, now: NOW }),
            possibleContents(match, lang),
            actions,
            MESSAGES[lang].bannerLabel,
          ).element,
        );
        count++;
      }
    }
  }
  const button = document.createElement('a');
  button.href = '#';
  button.textContent = lang === 'fr' ? 'Continuer vers CléGC' : 'Continue to GCKey';
  document.querySelector('main')!.append(button);
  markOwn(button, lang === 'fr' ? guardsFr : guardsEn, lang);
  return count;
}

export function askAboutOtherWay(lang: Lang): void {
  const other = document.querySelector('a')!;
  void confirmOtherWay(
    lang === 'fr'
      ? {
          unofficial: guardsFr.unofficial,
          who: 'Maria',
          title: 'Ce choix ouvre un autre compte',
          body: 'Vous vous connectez avec CléGC. Si vous continuez avec Partenaire de connexion, vous créerez un compte distinct et vide.',
          useOwn: 'Utiliser plutôt CléGC',
          continueOther: 'Continuer quand même avec Partenaire de connexion',
          cancel: 'Annuler',
        }
      : {
          unofficial: guardsEn.unofficial,
          who: 'Maria',
          title: 'This opens a different account',
          body: 'You sign in with GCKey. Continuing with Sign-In Partner creates a separate, empty account.',
          useOwn: 'Use GCKey instead',
          continueOther: 'Continue with Sign-In Partner anyway',
          cancel: 'Cancel',
        },
    lang,
    other,
  );
}

Object.assign(window, { showAllBanners, askAboutOtherWay });
