import type { Answer, BannerContent } from '../guidance/content';
import type { MoreContent } from '../guidance/more';
import { h, unreadable } from './dom';

/** Minified by the build and put in the closed shadow root as text. */
export { default as BANNER_CSS } from './banner.css?inline';

export type BannerActions = {
  /** The person confirmed hiding the banner on this page kind. */
  onClose: () => void;
  onAnswer: (answer: Answer) => void;
  /** What is behind "More" for this page kind (asked of the background when the person opens it). */
  more: (page: string, lang: string) => Promise<MoreContent | undefined>;
};

/**
 * The person's name and bank, beside the headline: one line of two halves of fixed width, each
 * drawn as generated content (src/banner/dom.ts), so the page can neither find, select nor measure
 * them. A row whose size is the banner's, never the name's.
 */
function whoRow(who: BannerContent['who']): HTMLElement | undefined {
  if (!who) return undefined;
  return h(
    'p',
    { class: 'who-row' },
    who.name !== undefined && unreadable(who.name),
    who.bank !== undefined && unreadable(who.bank),
  );
}

/**
 * The headline and the controls that act on it. Without `actions`, the controls do nothing: a
 * headline kept only for its room (never seen, never reached; the person's own is drawn anew).
 */
function headline(content: BannerContent, actions?: BannerActions): HTMLElement {
  const buttons = content.answers.map(({ answer, label }) => {
    const button = h('button', { type: 'button', class: 'answer' }, label);
    if (actions) button.addEventListener('click', () => actions.onAnswer(answer));
    return button;
  });
  const back =
    content.back &&
    h('a', { href: content.back.href, target: '_blank', rel: 'noopener noreferrer' }, content.back.text);
  const asking = content.answers.length > 1;
  return h(
    'div',
    { class: 'head' },
    whoRow(content.who),
    h('p', { class: `line ${content.tone}` }, content.line),
    content.forIrcc && h('p', {}, content.forIrcc),
    (buttons.length > 0 || !!back) &&
      h(
        'p',
        asking ? { class: 'acts', role: 'group', 'aria-label': content.line } : { class: 'acts' },
        ...buttons,
        back,
      ),
    content.note && h('p', { class: 'note', role: 'status' }, content.note),
  );
}

/** What makes two headlines take the same room: their text, and whether they have a name-and-bank row (it has no text: drawn apart). */
const roomKey = (element: Element) => `${!!element.querySelector('.who-row')}|${element.textContent}`;

/** Laid out, but neither seen nor reached: a headline kept only for its room. */
function keepForRoom(element: Element): void {
  element.setAttribute('aria-hidden', 'true');
  (element as HTMLElement).inert = true;
}

/**
 * One place in the banner: what the person should read there, and, laid out invisibly in the same
 * grid cell, what the page could say there to someone else. The tallest sets the height, so filling
 * in the person's own text never moves the page. Texts the same as another are laid out once.
 */
function slot(shown: HTMLElement | undefined, others: HTMLElement[]): HTMLElement | undefined {
  const seen = new Set(shown ? [roomKey(shown)] : []);
  const hidden = others.filter((element) => {
    const key = roomKey(element);
    if (seen.has(key)) return false;
    seen.add(key);
    keepForRoom(element);
    return true;
  });
  if (!hidden.length) return shown;
  return h('div', { class: 'slot' }, shown, ...hidden);
}

/**
 * "More", closed until the person opens it (a disclosure button and its panel): what the page is for
 * and is not, the next step, tips, the official link. Its words come when it is first opened
 * (src/guidance/more.ts). Returns the button (for the top row) and the panel (below the headline).
 */
function more(content: BannerContent, actions: BannerActions): [HTMLElement, HTMLElement] {
  const id = `more-${Math.random().toString(36).slice(2, 8)}`;
  const panel = h('div', { class: 'panel', id }, h('p', {}, h('strong', {}, content.title)));
  panel.hidden = true;
  const button = h(
    'button',
    { type: 'button', class: 'more', 'aria-expanded': 'false', 'aria-controls': id },
    content.labels.more,
  );
  let asked = false;
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (panel.hidden || asked) return;
    asked = true;
    void actions.more(content.page, content.lang).then((m) => {
      if (!m) return;
      panel.append(
        h('p', {}, `${m.purpose} ${m.not}`),
        h('p', {}, h('strong', {}, m.next), ` ${m.step}`),
        ...m.tips.map((tip) => h('p', {}, tip)),
      );
      if (m.link)
        panel.append(
          h('p', {}, h('a', { href: m.link.href, target: '_blank', rel: 'noopener noreferrer' }, m.link.text)),
        );
    });
  });
  return [button, panel];
}

/** A drawn banner, and how to show another person's headline in it without drawing it again. */
export type DrawnBanner = {
  element: HTMLElement;
  /**
   * Shows `shown` in the room already kept for it: the reserve's headline that takes the same room
   * is swapped for it (else it is laid beside the reserve), and the one shown before is kept
   * invisibly in its place (or taken away, if it was not the reserve's). Only that headline is laid
   * out again. Returns false, changing nothing, where the banner keeps no reserve (its page says
   * the same to everyone, or all it could say is what it shows): the caller draws it again.
   * `shown` must be for the page and language the banner was drawn for.
   */
  show(shown: BannerContent): boolean;
};

/**
 * The banner's markup, from content already in the right language. An `aside` with a name is a
 * landmark a screen reader lists. Its top row says it is an unofficial guide and names the page (one
 * line), with "More" and the ×; then the headline (the one thing that matters here, for this
 * person) and the buttons that act on it; the rest is behind "More".
 *
 * `shown` is what the person should read, or undefined while their settings are still being read.
 * `reserve` holds every headline this page could show anyone: they are laid out invisibly beside
 * the person's own, so the banner is as tall from the first frame as it will ever be (no layout
 * shift). Only the headline varies with the person, so only it needs that room.
 *
 * The × does not hide at once: it says what it hides (the warning too, when there is one) and where
 * to bring it back, and the person confirms.
 */
export function renderBanner(
  shown: BannerContent | undefined,
  reserve: BannerContent[],
  actions: BannerActions,
  region: string,
): DrawnBanner {
  const base = shown ?? reserve[0]!;
  // The hide question's words follow the headline shown (a warning says it hides the warning too).
  let labels = base.labels;
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': labels.close, title: labels.close, 'aria-expanded': 'false' },
    h('span', { 'aria-hidden': 'true' }, '×'),
  );
  const [moreButton, panel] = more(base, actions);
  // The headline shown, and whether it stands in for one of the reserve's (the same room): then it
  // stays, kept invisibly, when another is shown; else it only takes its own place, and goes.
  let current = shown && headline(shown, actions);
  const others = reserve.map((content) => headline(content));
  let standsIn = !!current && others.some((element) => roomKey(element) === roomKey(current!));
  const room = slot(current, others);
  const banner = h(
    'aside',
    { class: `banner${shown?.tone === 'warning' ? ' warning' : ''}`, 'aria-label': region, lang: base.lang },
    h(
      'div',
      { class: 'top' },
      h('p', { class: 'title' }, h('span', { class: 'tag' }, labels.unofficial), ' ', base.title),
      moreButton,
      close,
    ),
    room,
    panel,
  );
  let asking: HTMLElement | undefined;
  close.addEventListener('click', () => {
    if (asking) return asking.querySelector('button')?.focus();
    const keep = h('button', { type: 'button', class: 'answer' }, labels.hideNo);
    const hide = h('button', { type: 'button', class: 'answer' }, labels.hideYes);
    asking = h(
      'div',
      { class: 'hide-ask', role: 'group', 'aria-label': labels.hideAsk },
      h('p', {}, labels.hideAsk),
      h('p', { class: 'acts' }, keep, hide),
    );
    hide.addEventListener('click', actions.onClose);
    keep.addEventListener('click', () => {
      asking?.remove();
      asking = undefined;
      close.setAttribute('aria-expanded', 'false');
      close.focus();
    });
    banner.append(asking);
    close.setAttribute('aria-expanded', 'true');
    keep.focus();
  });
  const show = (next: BannerContent): boolean => {
    if (!room || room === current) return false; // no reserve kept
    const fresh = headline(next, actions);
    const key = roomKey(fresh);
    // The same room as the one shown (e.g. only the name beside it changed): it takes its place.
    const same = !!current && roomKey(current) === key;
    const twin = same ? current : [...room.children].find((element) => element !== current && roomKey(element) === key);
    // A keyboard stays in the banner: focus in the headline going away moves to the new one's
    // first control, or to the × where it has none.
    const focused = (banner.getRootNode() as ShadowRoot | Document).activeElement;
    const refocus = !!focused && !!current?.contains(focused);
    if (!same) {
      if (current && standsIn) keepForRoom(current);
      else current?.remove();
      standsIn = !!twin;
    }
    // In its twin's place, or beside the reserve (e.g. a headline without the name row its
    // reserve has, or with the advice that follows an answer): the room is what it was, unless
    // this one is taller than all of it.
    if (twin) twin.replaceWith(fresh);
    else room.prepend(fresh);
    current = fresh;
    if (refocus) (fresh.querySelector<HTMLElement>('button, a') ?? close).focus();
    labels = next.labels;
    banner.classList.toggle('warning', next.tone === 'warning');
    // An open "Hide?" question says what it now hides (the warning, or not).
    if (asking) {
      asking.setAttribute('aria-label', labels.hideAsk);
      asking.firstElementChild!.textContent = labels.hideAsk;
    }
    return true;
  };
  return { element: banner, show };
}
