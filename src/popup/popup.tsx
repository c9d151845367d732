import { useState } from 'preact/hooks';
import { activeProfile, type Profile } from '../settings/schema';
import { updateActiveProfile } from '../settings/store';
import { useSettings } from '../ui/use-settings';
import { uiLang, uiText } from '../ui/ui-lang';
import { AccountGuide } from './account-guide';
import { LastUsed } from './last-used';
import { MethodPicker } from './method-picker';
import { OptionsLink } from '../options/options-link';
import { Profiles } from './profiles';
import { TabStatus } from './tab-status';

export function Popup() {
  const lang = uiLang();
  const t = uiText();
  const settings = useSettings();
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  const profile = activeProfile(settings);
  const change = (update: Partial<Pick<Profile, 'method' | 'partner'>>) => {
    setSaved(false);
    void updateActiveProfile(update).then(() => setSaved(true));
  };
  return (
    <main lang={lang}>
      <header>
        <h1>{t.popupTitle}</h1>
        <p class="unofficial">{t.popupUnofficial}</p>
      </header>
      <TabStatus t={t} lang={lang} settings={settings} />
      <Profiles t={t} settings={settings} />
      <LastUsed t={t} lang={lang} profile={profile} />
      <MethodPicker profile={profile} lang={lang} t={t} onChange={change} />
      <p class="status" role="status" aria-live="polite">
        {saved ? t.saved : ''}
      </p>
      <AccountGuide lang={lang} />
      <p class="privacy">{t.privacy}</p>
      <OptionsLink lang={lang} />
    </main>
  );
}
