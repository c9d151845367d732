// What a person (or a screen reader) gets from a page, read over the Chrome DevTools Protocol. The
// extension's banner lives in a closed shadow root, which the page and Playwright's locators cannot
// see into, but the accessibility tree can: so tests assert and click through it.
import type { CDPSession, Page } from 'playwright-core';

type RawAXNode = Awaited<ReturnType<typeof fullTree>>[number];

export interface AxNode {
  /** The role Chromium computed, e.g. 'heading', 'link', 'button', 'StaticText', 'RootWebArea'. */
  role: string;
  /** Accessible name ('' when none). */
  name: string;
  /** The DOM node behind it, for clicking; absent for purely virtual nodes. */
  backendDOMNodeId: number | undefined;
  /** Whether it has keyboard focus. */
  focused: boolean;
  /** The whole node as the protocol returned it (properties such as 'checked', 'level', …). */
  raw: RawAXNode;
}

// A short-lived session per call: nothing to clean up in tests, and the cost is a few milliseconds.
async function withSession<T>(page: Page, use: (session: CDPSession) => Promise<T>): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    return await use(session);
  } finally {
    await session.detach().catch(() => {}); // the page may have closed or navigated away
  }
}

async function fullTree(session: CDPSession) {
  return (await session.send('Accessibility.getFullAXTree')).nodes;
}

function toAxNode(raw: RawAXNode): AxNode {
  const focused = raw.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false;
  return {
    role: String(raw.role?.value ?? ''),
    name: String(raw.name?.value ?? ''),
    backendDOMNodeId: raw.backendDOMNodeId,
    focused,
    raw,
  };
}

/**
 * Every node of the page's accessibility tree that assistive technology is given (nodes Chromium marks
 * as ignored, such as hidden or aria-hidden ones, are left out), in tree order. Closed shadow roots
 * included.
 */
export async function axNodes(page: Page): Promise<AxNode[]> {
  return withSession(page, async (session) => (await fullTree(session)).filter((n) => !n.ignored).map(toAxNode));
}

/** The names of every node a screen reader is given, one per line: "what the page says". */
export async function accessibleText(page: Page): Promise<string> {
  return (await axNodes(page))
    .map((n) => n.name)
    .filter((name) => name.trim() !== '')
    .join('\n');
}

/** The first node (tree order) that matches, e.g. `(n) => n.role === 'link' && n.name === 'Continue to GCKey'`. */
export async function findAxNode(page: Page, predicate: (node: AxNode) => boolean): Promise<AxNode | undefined> {
  return (await axNodes(page)).find(predicate);
}

/** Clicks the centre of the node's box with the mouse, as a person would (works inside closed shadow roots). */
export async function clickAxNode(page: Page, node: AxNode): Promise<void> {
  const backendNodeId = node.backendDOMNodeId;
  if (backendNodeId === undefined)
    throw new Error(`Accessibility node ${node.role} "${node.name}" has no DOM node to click`);
  const { x, y } = await withSession(page, async (session) => {
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    // The content quad is in viewport coordinates: x1,y1 … x4,y4 clockwise from the top left.
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId });
    const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    return {
      x: average(model.content.filter((_, i) => i % 2 === 0)),
      y: average(model.content.filter((_, i) => i % 2 === 1)),
    };
  });
  await page.mouse.click(x, y);
}

/**
 * The node that has keyboard focus: the focused element when there is one (also inside closed shadow
 * roots), else the document itself (role 'RootWebArea'), or undefined when the page has no focus at all.
 */
export async function focusedAxNode(page: Page): Promise<AxNode | undefined> {
  const focused = (await axNodes(page)).filter((n) => n.focused);
  return focused.find((n) => n.role !== 'RootWebArea') ?? focused[0];
}

/** The page's own view of itself: its light DOM, which is all a page script can read. */
export async function lightDomHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
