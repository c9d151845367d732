import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ContentContext, contentContext } from '../content/lifetime';
import { fakeBackground, storeSettings } from '../../tests/unit/fake-background';
import { runBanner } from './run';

const GCKEY_SIGN_IN = 'https://clegc-gckey.gc.ca/j/eng/l?ReqID=s1';

/** The next frame, when the banner draws what changed. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every lifetime a test started, ended after it (which takes its banner away). */
const started: ContentContext[] = [];

/** A lifetime like the content scripts' (src/content/lifetime.ts), that the test ends. */
function lifetime() {
  const ctx = contentContext(() => true);
  started.push(ctx);
  return ctx;
}

/** The closed shadow roots the code under test creates, which the page itself cannot reach. */
function captureShadowRoots() {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

/**
 * What the banner shows the person as first drawn (not the invisible reserve, not what is behind a
 * closed "More"), with non-breaking spaces as spaces.
 */
const shownText = (root: ShadowRoot | undefined) => {
  const body = root?.querySelector('.banner');
  if (!body) return '';
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('[aria-hidden="true"]')) continue;
    if (parent.closest('[hidden]')) continue;
    text += `${node.textContent} `;
  }
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
};

const settingsWith = (method: string | null, partner: string | null = null, hiddenPages: string[] = []) => ({
  settings: {
    profiles: [{ id: 'me', label: '', method, partner }],
    activeProfile: 'me',
    hiddenPages,
  },
});

describe('the banner in a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The background: this tab comes from IRCC's sign-in page (src/kinds/ircc-tabs.ts).
    fakeBackground({ fromIrcc: true });
    document.documentElement.lang = 'en';
    document.body.replaceChildren();
  });
  afterEach(() => started.splice(0).forEach((ctx) => ctx.abort()));

  it('does nothing at all on a page it does not know', async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage');
    const before = document.documentElement.outerHTML;
    expect(runBanner('https://clegc-gckey.gc.ca.evil.example/j/eng/l', lifetime())).toBeUndefined();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(spy).not.toHaveBeenCalled();
  });

  it('is in the page as soon as the page’s body starts, before any of it can be laid out', async () => {
    const body = document.body;
    body.remove(); // the script runs at document_start, before the parser has made the body
    try {
      runBanner(GCKEY_SIGN_IN, lifetime());
      expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(0);
      document.documentElement.append(body);
      await Promise.resolve(); // the parser's task ends
      expect(body.previousElementSibling?.hasAttribute('data-ircc-service')).toBe(true);
    } finally {
      if (!body.isConnected) document.documentElement.append(body);
    }
  });

  it('is drawn at once where the body is already there', () => {
    runBanner(GCKEY_SIGN_IN, lifetime());
    expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(1);
  });

  it('adds one host with the contract’s attributes and a closed shadow root, first in the page', async () => {
    document.body.append(Object.assign(document.createElement('form'), { id: 'login' }));
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    const hosts = document.querySelectorAll('[data-ircc-service]');
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.dataset.irccService).toBe('gckey');
    expect(host.dataset.irccPage).toBe('sign-in');
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.nextElementSibling).toBe(document.body); // above the page and its form, never over it
  });

  it('names the remembered bank inside the shadow root, never in the page’s own HTML', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    expect(shownText(roots[0])).toContain('You made your IRCC account through your bank');
    // The bank is drawn as generated content of an element of ours: no text node holds it.
    const who = roots[0]!.querySelector('.slot > :not([aria-hidden]) .who') as HTMLElement;
    expect(who.style.getPropertyValue('--t')).toBe('"Tangerine"');
    expect(roots[0]!.textContent).not.toContain('Tangerine');
    expect(document.documentElement.outerHTML).not.toMatch(/tangerine|sign-in-partner|Sign-In Partner/i);
  });

  it('follows the URL’s language, else the page’s <html lang>', async () => {
    const roots = captureShadowRoots();
    await runBanner('https://clegc-gckey.gc.ca/j/fra/l', lifetime())?.ready;
    expect(shownText(roots[0])).toContain('Page de connexion CléGC');
    document.querySelectorAll('[data-ircc-service]').forEach((host) => host.remove());
    document.documentElement.lang = 'fr-CA';
    await runBanner('https://gc.signin.interac-id.ca/', lifetime())?.ready;
    expect(shownText(roots[1])).toContain('Partenaire de connexion : choisir votre banque');
  });

  it('updates when the person changes their method in the popup', async () => {
    const roots = captureShadowRoots();
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    expect(shownText(roots[0])).toContain('Sign in here only if you made your IRCC account with GCKey.');
    await storeSettings(settingsWith('gckey').settings);
    await nextFrame();
    await vi.waitFor(() =>
      expect(shownText(roots[0])).toContain('You made your IRCC account with GCKey: use the username you have.'),
    );
  });

  it('closes with its named button once the person confirms, saying what it hides and where it comes back', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const close = roots[0]!.querySelector('button[aria-label="Hide"]') as HTMLButtonElement;
    close.click();
    // Not gone yet: it says what it hides (the warning too) and where to bring it back.
    expect(document.querySelector('[data-ircc-service]')).not.toBeNull();
    expect(shownText(roots[0])).toContain('Hide this guide, and its warning, on this kind of page?');
    expect(shownText(roots[0])).toContain('toolbar or extensions menu');
    const buttons = [...roots[0]!.querySelectorAll('.hide-ask button')] as HTMLButtonElement[];
    buttons.find((button) => button.textContent === 'Keep it')!.click();
    expect(roots[0]!.querySelector('.hide-ask')).toBeNull();
    expect(send).not.toHaveBeenCalledWith({ type: 'hide-page', page: 'gckey/sign-in' });
    close.click();
    ([...roots[0]!.querySelectorAll('.hide-ask button')] as HTMLButtonElement[])
      .find((button) => button.textContent === 'Hide it')!
      .click();
    expect(document.querySelector('[data-ircc-service]')).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'hide-page', page: 'gckey/sign-in' });
  });

  it('stays away from a page kind the person hid', async () => {
    await storeSettings(settingsWith(null, null, ['gckey/sign-in']).settings);
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    expect(document.querySelector('[data-ircc-service]')).toBeNull();
  });

  it('leaves nothing behind when the extension is disabled or updated', async () => {
    const life = lifetime();
    await runBanner(GCKEY_SIGN_IN, life)?.ready;
    life.abort();
    expect(document.querySelector('[data-ircc-service]')).toBeNull();
    await storeSettings(settingsWith('gckey').settings);
    expect(document.querySelector('[data-ircc-service]')).toBeNull();
  });

  it('follows a single-page app from route to route: one host, the right page each time', async () => {
    const roots = captureShadowRoots();
    const running = runBanner('https://prson-srpel.apps.cic.gc.ca/en/dashboard', lifetime())!;
    await running.ready;
    running.follow('https://prson-srpel.apps.cic.gc.ca/en/login');
    running.follow('https://prson-srpel.apps.cic.gc.ca/en/rep/login');
    await nextFrame();
    const hosts = document.querySelectorAll('[data-ircc-service]');
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).dataset.irccPage).toBe('representative');
    expect(shownText(roots[0])).toContain('Permanent Residence Portal: representatives');
    expect(shownText(roots[0])).toContain('no invitation needed');
    running.follow('https://prson-srpel.apps.cic.gc.ca/fr/login');
    await nextFrame();
    expect(shownText(roots[0])).toContain('Portail de résidence permanente : connexion');
  });

  it('comes back once when the page removes it, then lets the page be', async () => {
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector('[data-ircc-service]')!.remove();
    await flush();
    expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(1);
    document.querySelector('[data-ircc-service]')!.remove();
    await flush();
    expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(0);
  });

  it('shows what the page is for at once, keeps room for every personal line, then fills in the person’s own', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    let release!: () => void;
    const stored = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'get').mockImplementation(
      (() => new Promise<unknown>((resolve) => (release = () => resolve(stored)))) as typeof browser.storage.local.get,
    );
    const running = runBanner(GCKEY_SIGN_IN, lifetime())!;
    await nextFrame();

    const root = roots[0]!;
    const hidden = () => [...root.querySelectorAll('[aria-hidden="true"]')].map((element) => element.textContent);
    expect(shownText(root)).toContain('GCKey sign-in page'); // the title, shown before the settings
    // Room for each way a person may sign in, invisible (and hidden from screen readers) for now.
    expect(hidden().join(' ')).toContain('You made your IRCC account with GCKey');
    expect(hidden().join(' ')).toContain('You made your IRCC account through your bank');
    const reserved = hidden().length;
    expect(reserved).toBeGreaterThan(2);

    release();
    await running.ready; // (the next frame after the settings came)
    const visible = [...root.querySelectorAll('.slot > :not([aria-hidden])')].map((element) => element.textContent);
    expect(visible.join(' ')).toContain('You made your IRCC account through your bank');
    // The room stays, so the page below does not move.
    expect(hidden().length).toBeGreaterThanOrEqual(reserved - 1);
  });

  it('shows the person’s headline in the room already kept for it, without drawing the banner again', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    const running = runBanner(GCKEY_SIGN_IN, lifetime())!;
    const root = roots[0]!;
    const banner = root.querySelector('.banner');
    const slot = root.querySelector('.slot')!;
    const texts = () => [...slot.children].map((element) => element.textContent);
    const room = texts();
    const visible = () => [...slot.children].filter((element) => !element.hasAttribute('aria-hidden'));
    expect(visible()).toHaveLength(0); // nothing personal before the settings
    await running.ready;
    // The same banner, and every headline of the room still laid out: the person's was swapped in.
    expect(root.querySelector('.banner')).toBe(banner);
    expect(slot.isConnected).toBe(true);
    expect(texts()).toEqual(expect.arrayContaining(room));
    expect(visible()).toHaveLength(1);
    expect(visible()[0]!.textContent).toContain('You made your IRCC account through your bank');
    expect(banner!.classList.contains('warning')).toBe(true);
    const bankLine = visible()[0]!;
    // The "Hide?" question is open when the person changes their method in the popup: still the
    // same banner, one headline shown, and the question no longer speaks of a warning.
    (root.querySelector('button[aria-label="Hide"]') as HTMLButtonElement).click();
    expect(shownText(root)).toContain('Hide this guide, and its warning, on this kind of page?');
    await storeSettings(settingsWith('gckey').settings);
    await vi.waitFor(() => expect(visible()[0]?.textContent).toContain('You made your IRCC account with GCKey'));
    expect(root.querySelector('.banner')).toBe(banner);
    expect(texts()).toEqual(expect.arrayContaining(room));
    expect(visible()).toHaveLength(1);
    expect(banner!.classList.contains('warning')).toBe(false);
    expect(shownText(root)).toContain('Hide this guide on this kind of page?');
    expect(root.querySelector('.hide-ask')!.getAttribute('aria-label')).toBe(
      'Hide this guide on this kind of page? Bring it back from the extension’s button (toolbar or extensions menu).',
    );
    // The headline shown before is kept for its room only: unseen, and out of reach of Tab and clicks.
    expect(bankLine.isConnected).toBe(true);
    expect(bankLine.getAttribute('aria-hidden')).toBe('true');
    expect((bankLine as HTMLElement).inert).toBe(true);
    ([...root.querySelectorAll('.hide-ask button')] as HTMLButtonElement[])
      .find((button) => button.textContent === 'Keep it')!
      .click();
    // Its "Change" button works: the question comes back in place, and its answers work too.
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const change = visible()[0]!.querySelector('button') as HTMLButtonElement;
    change.focus();
    change.click();
    await nextFrame();
    expect(shownText(root)).toContain('When you made your account, which did you use?');
    // A keyboard stays in the banner: on the question's first answer.
    expect(root.activeElement?.textContent).toBe('GCKey');
    const answers = [...root.querySelectorAll('.slot > :not([aria-hidden]) button')] as HTMLButtonElement[];
    answers.find((button) => button.textContent === 'I don’t remember')!.click();
    await nextFrame();
    // The question stays with its advice under it (not in the room kept before: nobody sees it
    // before answering), in the same banner; what was told is taken back.
    expect(shownText(root)).toContain('When you made your account, which did you use?');
    expect(shownText(root)).toContain('If IRCC then asks you to register a new profile, stop there');
    expect(send).toHaveBeenCalledWith({ type: 'remember-method', method: null });
    expect(root.querySelector('.banner')).toBe(banner);
    expect(visible()).toHaveLength(1);
    expect(texts()).toEqual(expect.arrayContaining(room));
  });

  it('comes back, drawn anew, when the person hid it but the page kind was not stored as hidden', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    // The background does not store the hiding (e.g. the extension was reloaded meanwhile).
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    (roots[0]!.querySelector('button[aria-label="Hide"]') as HTMLButtonElement).click();
    ([...roots[0]!.querySelectorAll('.hide-ask button')] as HTMLButtonElement[])
      .find((button) => button.textContent === 'Hide it')!
      .click();
    expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(0);
    vi.mocked(browser.runtime.sendMessage).mockRestore();
    // Then a change that this page kind shows: the banner is back, with the person's line.
    await storeSettings(settingsWith('gckey').settings);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-ircc-service]')).toHaveLength(1));
    expect(shownText(roots[0])).toContain('You made your IRCC account with GCKey');
  });

  it('adds the bank beside the headline when the person picks it after the method', async () => {
    const roots = captureShadowRoots();
    await storeSettings(settingsWith('sign-in-partner').settings);
    await runBanner(GCKEY_SIGN_IN, lifetime())?.ready;
    const root = roots[0]!;
    const shownBank = () =>
      (root.querySelector('.slot > :not([aria-hidden]) .who') as HTMLElement | null)?.style.getPropertyValue('--t');
    expect(shownText(root)).toContain('You made your IRCC account through your bank');
    expect(shownBank()).toBeUndefined(); // no bank told yet: no name row
    await storeSettings(settingsWith('sign-in-partner', 'tangerine').settings);
    await vi.waitFor(() => expect(shownBank()).toBe('"Tangerine"'));
    expect(root.querySelectorAll('.slot > :not([aria-hidden])')).toHaveLength(1);
  });
});
