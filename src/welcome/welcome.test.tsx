import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACTS } from '../guidance/facts';
import { welcomeEn } from '../i18n/welcome-en';
import { welcomeFr } from '../i18n/welcome-fr';
import { getSettings } from '../settings/store';
import { WELCOME_MESSAGE_FACTS } from './facts';
import { Welcome } from './welcome';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const open = async (lang = 'en-CA') => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(lang);
  act(() => render(<Welcome />, root));
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
};
const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const radio = (name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
    (input) => input.closest('label')?.textContent === name,
  )!;

describe('the first-run page', () => {
  it('asks how the person signs in with the popup’s two ways, and tells the settings at once', async () => {
    await open();
    expect(root.querySelector('h1')?.textContent).toBe(welcomeEn.welcomeTitle);
    expect(root.textContent).toContain(welcomeEn.does3);
    const group = root.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-label')).toBe(welcomeEn.askHeading);
    expect([...group.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'GCKey',
      'Sign-In Partner',
    ]);
    expect(root.querySelector('select')).toBeNull();

    await act(() => radio('Sign-In Partner').click());
    await vi.waitFor(() => expect(root.querySelector('select')).not.toBeNull());
    const select = root.querySelector('select')!;
    select.value = 'tangerine';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(async () => {
      const profile = (await getSettings()).profiles[0]!;
      expect([profile.method, profile.partner]).toEqual(['sign-in-partner', 'tangerine']);
    });
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe(welcomeEn.toldSaved));
  });

  it('“I don’t remember” opens a safe way to find out, that says to stop at a new profile', async () => {
    await open();
    const toggle = button(welcomeEn.dontRemember);
    const panel = root.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain(welcomeEn.remember3);
    const link = panel.querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.canada\.ca\/en\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // Nothing was told: the method stays unset.
    expect((await getSettings()).profiles[0]!.method).toBeNull();
  });

  it('“I don’t have an account yet” tells nothing, and says either way works', async () => {
    await open();
    await act(() => button(welcomeEn.noAccount).click());
    expect(root.querySelector<HTMLElement>('#no-account')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#dont-remember')!.hidden).toBe(true);
    expect((await getSettings()).profiles[0]!.method).toBeNull();
  });

  it('says how to pin the button in Chrome, Edge and Firefox, and opens the options for several people', async () => {
    const openOptions = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await open();
    expect([...root.querySelectorAll('.pin dt')].map((dt) => dt.textContent)).toEqual(['Chrome', 'Edge', 'Firefox']);
    await act(() => button(welcomeEn.openOptions).click());
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('speaks French in a French browser, with the government’s names', async () => {
    await open('fr-CA');
    expect(root.querySelector('h1')?.textContent).toBe(welcomeFr.welcomeTitle);
    expect([...root.querySelectorAll('[role=radiogroup] label')].map((label) => label.textContent)).toEqual([
      'CléGC',
      'Partenaire de connexion',
    ]);
    expect(root.textContent).not.toContain(welcomeEn.dontRemember);
  });

  it('sorts every message into a statement about IRCC (with facts that exist) or words about the extension', () => {
    expect(Object.keys(WELCOME_MESSAGE_FACTS).sort()).toEqual(Object.keys(welcomeEn).sort());
    for (const [key, facts] of Object.entries(WELCOME_MESSAGE_FACTS)) {
      if (facts === 'about-the-extension') continue;
      for (const fact of facts) expect(FACTS, `${key} cites ${fact}`).toHaveProperty(fact);
    }
  });
});
