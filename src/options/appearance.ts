import type { ThemeChoice } from '../settings/constants';

/**
 * Applies the person's colour choice to an extension page (the options page; the popup can call it
 * too): `data-theme` on <html>, which the last rule of assets/ui.css follows. 'system' leaves the
 * choice to the `prefers-color-scheme` rules.
 */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
