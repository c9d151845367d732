// The content scripts' runtime in a real Chromium, with the back/forward cache on as in everyday
// Chrome: nothing runs on a page the extension does not know; Back shows the right banner; links
// that do not replace the page leave it alone; the guards speak the person's language and theme,
// never trap them, and record only what the person did.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickAxNode, findAxNode } from './ax.ts';
import {
  accessibleText,
  BANNER_NAME,
  bannerHosts,
  freshStart,
  oneProfile,
  type Session,
  setStoredSettings,
  startSession,
  waitForText,
  extensionElements,
} from './extension.ts';
import { URLS } from './fixtures/index.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession(); // the back/forward cache is on, as in everyday Chrome (browser.ts)
});
afterAll(async () => session?.close());
beforeEach(async () => {
  await freshStart(session);
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
const storedProfile = async () => {
  const settings = await session.worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as { profiles?: Record<string, unknown>[] },
  );
  return settings?.profiles?.[0];
};
const storedSettings = () =>
  session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);

const FRONT = 'https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf';

/** A new tab that first runs `script` in every document it loads (the page's own script, in its world). */
/**
 * Goes to a page the way a person on their way to IRCC does: from IRCC's sign-in page, in the same
 * tab (GCKey and the bank list serve many services; the guards act there only on the way to IRCC).
 */
async function gotoFromIrcc(page: Page, url: string): Promise<void> {
  await page.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
  await waitForText(page, BANNER_NAME);
  await page.goto(url, { waitUntil: 'load' });
}

async function tabWith(script?: () => void): Promise<Page> {
  const page = await session.browser.context.newPage();
  if (script) await page.addInitScript(script);
  return page;
}

/**
 * What the extension's content scripts do on a page, seen through the DevTools protocol (their
 * isolated world is out of the page's reach): which of them were loaded, every timer they start
 * (an instrumentation breakpoint on setTimeout, setInterval, requestAnimationFrame and
 * requestIdleCallback, whose caller is one of their scripts), and the listeners they leave on the
 * window and the document (read in their own world).
 */
async function watchExtension(page: Page) {
  const cdp: CDPSession = await session.browser.context.newCDPSession(page);
  const ours = (url: string | undefined) => !!url?.startsWith(`chrome-extension://${session.browser.extensionId}/`);
  const scripts = new Map<string, string>();
  const timers: string[] = [];
  const worlds: number[] = [];
  cdp.on('Debugger.scriptParsed', (event) => scripts.set(event.scriptId, event.url));
  cdp.on('Debugger.paused', (event) => {
    const caller = event.callFrames.find((frame) => ours(scripts.get(frame.location.scriptId)));
    if (caller)
      timers.push(`${(event.data as { eventName?: string })?.eventName} from ${scripts.get(caller.location.scriptId)}`);
    void cdp.send('Debugger.resume').catch(() => {});
  });
  cdp.on('Runtime.executionContextsCleared', () => worlds.splice(0));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Sign-In Guide for IRCC (unofficial)') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  for (const eventName of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) {
    await cdp.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });
  }
  return {
    loaded: () => [...scripts.values()].filter(ours).map((url) => new URL(url).pathname),
    timers,
    async listeners() {
      const found: string[] = [];
      for (const contextId of worlds) {
        for (const expression of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
          for (const listener of listeners) found.push(`${expression} ${listener.type}`);
        }
      }
      return found;
    },
  };
}

describe('a page the extension does not know', () => {
  it('on the eTA form, nothing runs beyond the page check: no timer, no listener (the same probe sees them on the chooser)', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const eta = await tabWith();
    const onEta = await watchExtension(eta);
    await eta.goto(URLS.eta, { waitUntil: 'load' });
    await eta.waitForTimeout(2500); // longer than the lifetime's first look would be
    expect(onEta.loaded()).toEqual(['/ircc.js']); // the banner's script was there and looked
    expect(onEta.timers).toEqual([]);
    expect(await onEta.listeners()).toEqual([]);
    expect(await bannerHosts(eta)).toEqual([]);

    // The control: on the chooser, the same probe sees both scripts' timers and listeners.
    const chooser = await tabWith();
    const onChooser = await watchExtension(chooser);
    await chooser.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
    await waitForText(chooser, 'Yours · Unofficial guide');
    expect(onChooser.loaded().sort()).toEqual(['/guards.js', '/ircc.js']);
    expect(onChooser.timers.length).toBeGreaterThan(0);
    expect(await onChooser.listeners()).toContain('document click');
  });
});

describe('navigation as it really happens', () => {
  it('Back to the chooser (from the back/forward cache) shows the chooser’s banner, once, and its × is saved', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await tabWith(() => {
      // Counts the page's restorations from the back/forward cache: proof that the cache is on.
      addEventListener('pageshow', (event) => {
        const w = window as unknown as { restored?: number };
        if (event.persisted) w.restored = (w.restored ?? 0) + 1;
      });
    });
    await page.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
    await waitForText(page, 'Yours · Unofficial guide');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'secure-account', page: 'choose-sign-in' }]);
    await page.getByRole('link', { name: 'GCKey username and password' }).click();
    await page.waitForURL((url) => url.href.startsWith(FRONT));
    // The real front sends the browser on to GCKey at once, leaving no history entry of its own; its
    // stand-in stays put, so the test does the same with location.replace.
    await page.evaluate((url) => location.replace(url), URLS.gckeySignInEn);
    await page.waitForURL(URLS.gckeySignInEn);
    await waitForText(page, BANNER_NAME);

    await page.goBack({ waitUntil: 'commit' }); // a page restored from the cache fires no load event
    expect(page.url()).toBe(URLS.canadaAccountEn);
    expect(await page.evaluate(() => (window as unknown as { restored?: number }).restored)).toBe(1);
    await expect.poll(() => bannerHosts(page)).toMatchObject([{ service: 'secure-account', page: 'choose-sign-in' }]);
    await waitForText(page, 'IRCC secure account: sign-in page');
    expect(await bannerHosts(page)).toHaveLength(1);

    // The × says what it hides and waits for the person to confirm.
    const close = await findAxNode(page, (n) => n.role === 'button' && n.name === 'Hide');
    await clickAxNode(page, close!);
    await waitForText(page, 'Bring it back from the extension’s button (toolbar or extensions menu).');
    const confirm = await findAxNode(page, (n) => n.role === 'button' && n.name === 'Hide it');
    await clickAxNode(page, confirm!);
    await expect.poll(() => bannerHosts(page)).toEqual([]);
    await expect.poll(async () => (await storedSettings())?.hiddenPages).toEqual(['secure-account/choose-sign-in']);
  });

  it('tel:, mailto:, download and no-content links leave the banner as it was', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await tabWith();
    await page.goto(URLS.accountHome, { waitUntil: 'load' });
    await waitForText(page, BANNER_NAME);
    // Links the real account pages carry (a help line, an e-mail address, a document to download), and
    // a link the server answers with "204 No Content": none of them replaces the page.
    await page.evaluate(() => {
      const add = (text: string, href: string, download = false) => {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = text;
        if (download) link.download = 'terms.html';
        document.querySelector('main')!.append(link, ' ');
      };
      add('Call us', 'tel:+18882425585');
      add('Write to us', 'mailto:help@example.org');
      add('Download the terms', '/mycic/termsAndConditions', true);
      add('Nothing here', '/favicon.ico');
    });
    const before = { hosts: await bannerHosts(page), text: await accessibleText(page) };
    expect(before.hosts).toMatchObject([{ service: 'secure-account', page: 'home' }]);
    const downloaded = page.waitForEvent('download');
    for (const name of ['Call us', 'Write to us', 'Download the terms', 'Nothing here']) {
      await page.getByRole('link', { name }).click();
    }
    await downloaded;
    await page.waitForTimeout(500); // time for a wrong banner to have been drawn
    expect(page.url()).toBe(URLS.accountHome);
    expect(await bannerHosts(page)).toEqual(before.hosts);
    expect(await accessibleText(page)).toBe(before.text);
  });
});

/** The computed colours of the extension's elements, read through the closed shadow roots by DevTools. */
async function extensionColours(page: Page, selector: { tag: string; className?: string }) {
  const { cdp, nodeIds } = await extensionElements(page, selector);
  await cdp.send('CSS.enable');
  return Promise.all(
    nodeIds.map(async (nodeId) => {
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
      const value = (name: string) => computedStyle.find((p) => p.name === name)?.value;
      return { background: value('background-color'), color: value('color') };
    }),
  );
}

describe('the guards follow the person’s choices', () => {
  it('with English and the dark theme chosen, the French chooser’s mark and question are in English, and dark', async () => {
    await setStoredSettings(session, { ...oneProfile('gckey'), language: 'en', theme: 'dark' });
    const page = await tabWith();
    await page.goto(URLS.canadaAccountFr, { waitUntil: 'load' });
    await waitForText(page, 'Yours · Unofficial guide');
    expect(await accessibleText(page)).not.toContain('Votre mode de connexion');
    // The browser is light; the person chose dark: the palette's dark colours.
    expect(await extensionColours(page, { tag: 'span', className: 'mark' })).toEqual([
      { background: 'rgb(164, 140, 240)', color: 'rgb(29, 21, 48)' },
    ]);
    await page.getByRole('link', { name: 'Poursuivez vers un Partenaire de connexion' }).click();
    await waitForText(page, 'This opens a different account');
    expect(await accessibleText(page)).toContain('Use GCKey instead');
    expect(await extensionColours(page, { tag: 'dialog' })).toEqual([
      { background: 'rgb(36, 27, 58)', color: 'rgb(236, 232, 247)' },
    ]);
  });
});

describe('the question never traps the person', () => {
  it('a script-driven bank link (href="#"): “continue” hands the click on to the page’s script', async () => {
    await setStoredSettings(session, oneProfile('sign-in-partner', 'tangerine'));
    const page = await tabWith(() => {
      // The page's own script drives its bank links: href="#", and a handler that goes to the bank.
      document.addEventListener('DOMContentLoaded', () => {
        for (const link of document.querySelectorAll<HTMLAnchorElement>('a.fi')) {
          const to = link.href;
          link.href = '#';
          link.addEventListener('click', (event) => {
            event.preventDefault();
            location.assign(to);
          });
        }
      });
    });
    await gotoFromIrcc(page, URLS.partnerChooserEn);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'BMO Financial Group', exact: true }).click();
    await waitForText(page, 'This opens a different account');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Continue with BMO anyway"
    await page.waitForURL((url) => url.pathname === '/cbs/nav/bank');
    expect(new URL(page.url()).searchParams.get('fi')).toBe('102'); // BMO's link in the fixture
  });

  it('a bank list drawn after the page loaded gets its mark and its question', async () => {
    await setStoredSettings(session, oneProfile('sign-in-partner', 'tangerine'));
    const page = await tabWith(() => {
      // The page's script takes the list out and draws it again a moment after load.
      document.addEventListener('DOMContentLoaded', () => {
        const list = document.querySelector('a.fi')!.closest('ul')!;
        const items = [...list.children];
        list.replaceChildren();
        addEventListener('load', () => setTimeout(() => list.append(...items), 1500));
      });
    });
    await gotoFromIrcc(page, URLS.partnerChooserEn);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'BMO Financial Group', exact: true }).click();
    await waitForText(page, 'This opens a different account');
    expect(page.url()).toBe(URLS.partnerChooserEn);
  });

  it('if the page takes the question away, the next click goes through', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await tabWith();
    await page.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
    await waitForText(page, 'Yours · Unofficial guide');
    const partner = page.getByRole('link', { name: 'Canadian Interac® Sign-In Partner' });
    await partner.click();
    await waitForText(page, 'This opens a different account');
    // The page's script removes what was added last to its root: our question's host.
    await page.evaluate(() => document.documentElement.lastElementChild!.remove());
    await expect.poll(async () => (await accessibleText(page)).includes('This opens a different account')).toBe(false);
    await partner.click();
    await page.waitForURL((url) => url.href.startsWith(FRONT));
    expect(new URL(page.url()).searchParams.get('idp')).toBe('securekey');
  });
});

describe('only the person’s own actions are recorded', () => {
  it('a page script’s click on a bank records nothing; the person’s own click does', async () => {
    await setStoredSettings(session, oneProfile('sign-in-partner', 'tangerine'));
    const page = await tabWith(() => {
      const w = window as unknown as { scriptClick?: boolean };
      // The page's own script clicks the bank link once, without the person.
      addEventListener('load', () =>
        setTimeout(() => {
          if (sessionStorage.getItem('clicked')) return;
          sessionStorage.setItem('clicked', '1');
          w.scriptClick = true;
          document.querySelector<HTMLAnchorElement>('a[data-fi="tangerine"]')!.click();
        }, 1000),
      );
    });
    await gotoFromIrcc(page, URLS.partnerChooserEn);
    await page.waitForURL((url) => url.pathname === '/cbs/nav/bank'); // the script's click went through
    await page.waitForTimeout(500); // time for a message to the background to have been stored
    expect((await storedProfile())?.lastUsed ?? null).toBeNull();

    await gotoFromIrcc(page, URLS.partnerChooserEn);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'Tangerine', exact: true }).click(); // the mouse, as a person
    await expect.poll(async () => (await storedProfile())?.lastUsed).toMatchObject({ partner: 'tangerine' });
  });

  it('a page script’s form.requestSubmit() on the GCKey sign-up records nothing; the person’s “I accept” does', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await tabWith(() => {
      addEventListener('load', () =>
        setTimeout(() => {
          if (sessionStorage.getItem('submitted')) return;
          sessionStorage.setItem('submitted', '1');
          const form = document.querySelector('form')!;
          form.requestSubmit(form.querySelector<HTMLButtonElement>('button[name="_eventId_accept"]'));
        }, 1000),
      );
    });
    await page.goto(URLS.gckeySignUpEn, { waitUntil: 'load' });
    await waitForText(page, 'Form received'); // the script's submit went through
    await page.waitForTimeout(500);
    expect((await storedProfile())?.newGckeyAt ?? null).toBeNull();

    await page.goto(URLS.gckeySignUpEn, { waitUntil: 'load' });
    await waitForText(page, BANNER_NAME);
    await page.getByRole('button', { name: 'I accept' }).click();
    await expect.poll(async () => (await storedProfile())?.newGckeyAt).toEqual(expect.any(Number));
  });
});
