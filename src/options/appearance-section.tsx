import { LANGUAGES, type LanguageChoice, THEMES, type ThemeChoice } from '../settings/constants';
import { setPrefs } from '../settings/edits';
import { change } from '../settings/store';
import type { Settings } from '../settings/schema';
import type { OptionsText } from './text';

type Props = { t: OptionsText; settings: Settings; save: (change: Promise<unknown>) => void };

/** The guide's language and colours: two radio groups, saved at once. */
export function Appearance({ t, settings, save }: Props) {
  const languages: Record<LanguageChoice, string> = { page: t.languagePage, en: t.languageEn, fr: t.languageFr };
  const themes: Record<ThemeChoice, string> = { system: t.themeSystem, light: t.themeLight, dark: t.themeDark };
  return (
    <section id="appearance" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t.appearance}</h2>
      <fieldset aria-describedby="language-help">
        <legend>{t.languageLegend}</legend>
        <p class="help" id="language-help">
          {t.languagePageHelp}
        </p>
        <div class="choices">
          {LANGUAGES.map((language) => (
            <label key={language} class="choice">
              <input
                type="radio"
                name="language"
                value={language}
                checked={settings.language === language}
                onChange={() => save(change(setPrefs({ language })))}
              />
              {/* The language names are in their own language, and said so. */}
              <span lang={language === 'page' ? undefined : language}>{languages[language]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.themeLegend}</legend>
        <div class="choices">
          {THEMES.map((theme) => (
            <label key={theme} class="choice">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => save(change(setPrefs({ theme })))}
              />
              <span>{themes[theme]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
