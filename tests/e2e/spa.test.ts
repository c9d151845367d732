// The apps.cic.gc.ca portals are single-page apps: the banner follows their routes without a reload,
// showing the right page each time and only ever one banner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannerHosts, type Session, startSession, visit, waitForText } from './extension.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

describe('a single-page portal', () => {
  it('shows the right banner after each route change, and only one', async () => {
    const page = await visit(session, 'https://prson-srpel.apps.cic.gc.ca/en/dashboard');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'pr-portal', page: 'other' }]);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await waitForText(page, 'Permanent Residence Portal: sign-in');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'pr-portal', page: 'sign-in' }]);

    await page.getByRole('link', { name: 'Representative sign-in' }).click();
    await waitForText(page, 'Permanent Residence Portal: representatives');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'pr-portal', page: 'representative' }]);

    // Many more route changes: still one banner, on the right page.
    for (let i = 0; i < 20; i++) {
      await page.getByRole('link', { name: i % 2 ? 'Dashboard' : 'Sign in', exact: true }).click();
    }
    await waitForText(page, 'Permanent Residence Portal (PR Portal)');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'pr-portal', page: 'other' }]);
    expect(navigations.every((url) => url.startsWith('https://prson-srpel.apps.cic.gc.ca/'))).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1); // never reloaded
  });
});
