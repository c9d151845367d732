/**
 * The extension's one palette: its own violet, never the Government of Canada's colours, so nothing
 * it draws can pass for the page. Light and dark, written once here and used by the banner and the
 * guards (mark and question) alike.
 *
 * Every closed shadow root the extension draws in gets the colours as custom properties: dark when
 * the system is dark unless the person chose light, or whenever they chose dark (the class `light`
 * or `dark` on its top element, from the settings' theme).
 */
const LIGHT = {
  fg: '#1d1530',
  bg: '#f3effc',
  surface: '#fff',
  line: '#5b3fa8',
  'warn-bg': '#fff3e0',
  'warn-line': '#9a3412',
  'warn-fg': '#7c2d12',
  'tag-bg': '#5b3fa8',
  'tag-fg': '#fff',
  link: '#4c2f99',
  'answer-bg': '#fff',
  'answer-hover': '#e9e2fb',
};
const DARK: typeof LIGHT = {
  fg: '#ece8f7',
  bg: '#241b3a',
  surface: '#241b3a',
  line: '#a48cf0',
  'warn-bg': '#3a1f0e',
  'warn-line': '#f59e0b',
  'warn-fg': '#fdba74',
  'tag-bg': '#a48cf0',
  'tag-fg': '#1d1530',
  link: '#c4b5fd',
  'answer-bg': '#17121f',
  'answer-hover': '#3a2d5c',
};

const properties = (colours: typeof LIGHT) =>
  Object.entries(colours)
    .map(([name, value]) => `--${name}:${value};`)
    .join('');

export const PALETTE_CSS =
  `:host{${properties(LIGHT)}}.dark{${properties(DARK)}}` +
  `@media (prefers-color-scheme:dark){:host{${properties(DARK)}}.light{${properties(LIGHT)}}}`;

/** The classes for the top element in a shadow root with the person's theme ('system' follows the system). */
export const themeClasses = (theme: 'system' | 'light' | 'dark'): string[] => (theme === 'system' ? [] : [theme]);
