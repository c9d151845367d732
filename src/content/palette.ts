/**
 * The extension's one palette: its own violet, never the Government of Canada's colours, so nothing
 * it draws can pass for the page. Each colour is written once, light and dark together, and used by
 * the banner and the guards (mark and question) alike, as custom properties of every closed shadow
 * root the extension draws in.
 *
 * Which of the two applies is the element's `color-scheme`: the system's unless the person chose a
 * theme (the class `light` or `dark` on the top element, see `themeClasses`). CSS `light-dark()`
 * (Chrome 123, Firefox 120) is resolved where a colour is used, so the whole root follows its top
 * element. (The hosts' `all: initial` resets their own `color-scheme`, hence the top elements.)
 */
export const PALETTE_CSS =
  ':host{' +
  '--fg:light-dark(#1d1530,#ece8f7);' +
  '--bg:light-dark(#f3effc,#241b3a);' +
  '--surface:light-dark(#fff,#241b3a);' +
  '--line:light-dark(#5b3fa8,#a48cf0);' +
  '--warn-bg:light-dark(#fff3e0,#3a1f0e);' +
  '--warn-line:light-dark(#9a3412,#f59e0b);' +
  '--warn-fg:light-dark(#7c2d12,#fdba74);' +
  '--tag-bg:light-dark(#5b3fa8,#a48cf0);' +
  '--tag-fg:light-dark(#fff,#1d1530);' +
  '--link:light-dark(#4c2f99,#c4b5fd);' +
  '--answer-bg:light-dark(#fff,#17121f);' +
  '--answer-hover:light-dark(#e9e2fb,#3a2d5c)}' +
  ':host>*{color-scheme:light dark}.light{color-scheme:light}.dark{color-scheme:dark}';

/** The classes for the top element in a shadow root with the person's theme ('system' follows the system). */
export const themeClasses = (theme: 'system' | 'light' | 'dark'): string[] => (theme === 'system' ? [] : [theme]);
