import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OFFICIAL_LINKS } from '../guidance/links';
import { welcomeEn, type WelcomeMessages } from '../i18n/welcome-en';
import { welcomeFr } from '../i18n/welcome-fr';
import { applyTheme } from '../options/appearance';
import { optionsLang } from '../options/text';
import type { Lang } from '../pages/types';
import { MethodPicker } from '../popup/method-picker';
import { activeProfile, type Profile } from '../settings/schema';
import { updateActiveProfile } from '../settings/edits';
import { change as changeSettings } from '../settings/store';
import { uiText } from '../ui/ui-lang';
import { useSettings } from '../ui/use-settings';

const WELCOME: Record<Lang, WelcomeMessages> = { en: welcomeEn, fr: welcomeFr };
export const welcomeText = (lang: Lang): WelcomeMessages => WELCOME[lang];

/** Which of the two "I can't choose" answers is open, if any. */
type Aside = 'no-account' | 'dont-remember' | undefined;

/**
 * The first-run page (opened once after install, src/welcome/first-run.ts): what the guide does, the
 * question that every protection rests on — with the popup's own picker, so what is chosen here is
 * told, saved at once as in the popup — two ways out for people who cannot answer, how to pin the
 * toolbar button, and the way to the options for several people.
 */
export function Welcome() {
  const settings = useSettings();
  const [saved, setSaved] = useState(false);
  const [aside, setAside] = useState<Aside>();
  const lang = optionsLang(settings?.language ?? 'page');
  const t = uiText(lang);
  const w = welcomeText(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.welcomeTitle;
    applyTheme(settings?.theme ?? 'system');
  }, [lang, settings?.theme]);
  if (!settings) return null;
  const profile = activeProfile(settings);
  // As in the popup: no re-render until the change is stored, or the radios would flick back.
  const change = (update: Partial<Pick<Profile, 'method' | 'partner'>>) =>
    void changeSettings(updateActiveProfile(update)).then(() => {
      setSaved(true);
      setAside(undefined);
    });
  const toggle = (which: Exclude<Aside, undefined>) => setAside(aside === which ? undefined : which);

  return (
    <main lang={lang} class="welcome">
      <header>
        <h1>{w.welcomeTitle}</h1>
        <p class="unofficial">{t.popupUnofficial}</p>
      </header>

      <section aria-labelledby="does-heading">
        <h2 id="does-heading">{w.whatItDoes}</h2>
        <ul class="does">
          <li>{w.does1}</li>
          <li>{w.does2}</li>
          <li>{w.does3}</li>
        </ul>
      </section>

      <section aria-labelledby="ask-heading" class="ask">
        <h2 id="ask-heading">{w.askHeading}</h2>
        <MethodPicker
          t={t}
          lang={lang}
          method={profile.method}
          partner={profile.partner}
          legend={w.askHeading}
          bankLabel={t.partnerSelect}
          groupName="method"
          help={w.askHelp}
          onChange={change}
        />
        <p class="status" role="status" aria-live="polite">
          {saved ? w.toldSaved : ''}
        </p>
        <div class="row cannot-say">
          <button
            type="button"
            aria-expanded={aside === 'no-account'}
            aria-controls="no-account"
            onClick={() => toggle('no-account')}
          >
            {w.noAccount}
          </button>
          <button
            type="button"
            aria-expanded={aside === 'dont-remember'}
            aria-controls="dont-remember"
            onClick={() => toggle('dont-remember')}
          >
            {w.dontRemember}
          </button>
        </div>
        <div id="no-account" class="aside" hidden={aside !== 'no-account'}>
          <h3>{w.noAccountHeading}</h3>
          <p>{w.noAccount1}</p>
          <p>{w.noAccount2}</p>
          <OfficialLink href={OFFICIAL_LINKS.accounts[lang]} label={w.noAccountLink} w={w} id="no-account-new-tab" />
        </div>
        <div id="dont-remember" class="aside" hidden={aside !== 'dont-remember'}>
          <h3>{w.rememberHeading}</h3>
          <ol>
            <li>{w.remember1}</li>
            <li>{w.remember2}</li>
            <li>{w.remember3}</li>
            <li>{w.remember4}</li>
          </ol>
          <OfficialLink href={OFFICIAL_LINKS.signIn[lang]} label={w.rememberLink} w={w} id="remember-new-tab" />
        </div>
      </section>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{w.pinHeading}</h2>
        <p>{w.pinIntro}</p>
        <dl class="pin">
          <dt>{w.pinChrome}</dt>
          <dd>{w.pinChromeHow}</dd>
          <dt>{w.pinEdge}</dt>
          <dd>{w.pinEdgeHow}</dd>
          <dt>{w.pinFirefox}</dt>
          <dd>{w.pinFirefoxHow}</dd>
        </dl>
      </section>

      <section aria-labelledby="several-heading">
        <h2 id="several-heading">{w.severalHeading}</h2>
        <p>{w.severalText}</p>
        <p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {w.openOptions}
          </button>
        </p>
      </section>
      <p class="privacy">{t.privacy}</p>
      <p>{w.closeTab}</p>
    </main>
  );
}

function OfficialLink({ href, label, w, id }: { href: string; label: string; w: WelcomeMessages; id: string }) {
  return (
    <p class="official-link">
      <a href={href} target="_blank" rel="noopener noreferrer" aria-describedby={id}>
        {label}
      </a>{' '}
      <span id={id} class="muted">
        {w.opensNewTab}
      </span>
    </p>
  );
}
