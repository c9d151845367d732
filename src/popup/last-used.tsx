import { partnerById } from '../pages/partners';
import type { Lang } from '../pages/types';
import type { Profile } from '../settings/schema';
import { updateActiveProfile } from '../settings/edits';
import { change } from '../settings/store';
import type { UiText } from '../ui/ui-lang';

const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-CA' };

/**
 * What the person was last seen doing (learned on the IRCC pages), with an offer to remember it
 * when nothing is remembered, and a plain word when it differs from what is.
 */
export function LastUsed({ t, lang, profile }: { t: UiText; lang: Lang; profile: Profile }) {
  const used = profile.lastUsed;
  if (!used) return null;
  const method = used.method === 'gckey' ? t.method_gckey : t.method_partner;
  const bank = partnerById(used.partner)?.[lang];
  const way = t.lastUsedWay(method, bank);
  const date = new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric' }).format(
    used.at,
  );
  const differs =
    profile.method !== null &&
    (profile.method !== used.method || (!!bank && !!profile.partner && used.partner !== profile.partner));
  return (
    <section class="last-used">
      <p>{t.lastUsed(way, date)}</p>
      {profile.method === null && (
        <button
          type="button"
          onClick={() => void change(updateActiveProfile({ method: used.method, partner: used.partner }))}
        >
          {t.rememberLastUsed(way)}
        </button>
      )}
      {differs && <p class="warning">{t.lastUsedDiffers}</p>}
    </section>
  );
}
