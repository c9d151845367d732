import { useEffect, useState } from 'preact/hooks';
import { applyTheme } from '../options/appearance';
import { optionsLang } from '../options/text';
import { activeProfile, type Profile } from '../settings/schema';
import { updateActiveProfile } from '../settings/edits';
import { change as changeSettings } from '../settings/store';
import { useSettings } from '../ui/use-settings';
import { uiText } from '../ui/ui-lang';
import { AccountGuide } from './account-guide';
import { LastUsed } from './last-used';
import { MethodPicker } from './method-picker';
import { OptionsLink } from '../options/options-link';
import { Profiles } from './profiles';
import { TabStatus } from './tab-status';

export function Popup() {
  const settings = useSettings();
  const [saved, setSaved] = useState(false);
  // The browser's language and the system's colours, unless the person chose otherwise in the options.
  const lang = optionsLang(settings?.language ?? 'page');
  const t = uiText(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.popupTitle;
    applyTheme(settings?.theme ?? 'system');
  }, [lang, settings?.theme]);
  if (!settings) return null;
  const profile = activeProfile(settings);
  // No re-render until the change is stored, or the radios would flick back to the old choice.
  const change = (update: Partial<Pick<Profile, 'method' | 'partner'>>) =>
    void changeSettings(updateActiveProfile(update)).then(() => setSaved(true));
  return (
    <main lang={lang}>
      <header>
        <h1>{t.popupTitle}</h1>
        <p class="unofficial">{t.popupUnofficial}</p>
      </header>
      <TabStatus t={t} lang={lang} settings={settings} />
      <Profiles t={t} settings={settings} />
      <LastUsed t={t} lang={lang} profile={profile} />
      <MethodPicker
        t={t}
        lang={lang}
        method={profile.method}
        partner={profile.partner}
        legend={profile.label ? t.howSignsIn(profile.label) : t.howYouSignIn}
        bankLabel={profile.label ? t.bankOf(profile.label) : t.partnerSelect}
        groupName="method"
        help={t.howYouSignInHelp}
        onChange={change}
      />
      <p class="status" role="status" aria-live="polite">
        {saved ? t.saved : ''}
      </p>
      <AccountGuide lang={lang} />
      <p class="privacy">{t.privacy}</p>
      <OptionsLink lang={lang} />
    </main>
  );
}
