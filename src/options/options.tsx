import { useEffect } from 'preact/hooks';
import { useSettings } from '../ui/use-settings';
import { applyTheme } from './appearance';
import { Appearance } from './appearance-section';
import { Backup } from './backup';
import { Banners } from './banners';
import { Forget } from './forget';
import { useQuarantine, useSaved, useSyncState } from './hooks';
import { People } from './people';
import { Privacy } from './privacy';
import { QuarantineNotice } from './quarantine-notice';
import { SyncSection } from './sync-section';
import { optionsLang, optionsText } from './text';

/** The options page: everything the extension keeps, to see and control; each change saved at once. */
export function Options() {
  const settings = useSettings();
  const quarantine = useQuarantine();
  const sync = useSyncState();
  const [saved, save] = useSaved();
  const lang = optionsLang(settings?.language ?? 'page');
  const t = optionsText(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.optionsTitle;
    applyTheme(settings?.theme ?? 'system');
  }, [lang, settings?.theme]);
  if (!settings) return null;
  const sections: [string, string][] = [
    ['people', t.people],
    ['banners', t.banners],
    ['appearance', t.appearance],
    ['sync', t.sync],
    ['backup', t.backup],
    ['privacy', t.privacyHeading],
    ['forget', t.forgetHeading],
  ];
  return (
    <main lang={lang} class="options">
      <header>
        <h1>{t.optionsTitle}</h1>
        <p class="unofficial">{t.popupUnofficial}</p>
      </header>
      <nav aria-label={t.onThisPage}>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <QuarantineNotice t={t} lang={lang} entries={quarantine} />
      <People t={t} lang={lang} settings={settings} save={save} />
      <Banners t={t} settings={settings} save={save} />
      <Appearance t={t} settings={settings} save={save} />
      <SyncSection t={t} lang={lang} state={sync} save={save} />
      <Backup t={t} lang={lang} settings={settings} />
      <Privacy t={t} />
      <Forget t={t} />
      <p class="status saved-line" role="status">
        {saved ? t.saved : ''}
      </p>
    </main>
  );
}
