import type { Answer, BannerContent } from '../guidance/content';
import { h } from './dom';

/** Minified by the build and put in the closed shadow root as text. */
export { default as BANNER_CSS } from './banner.css?inline';

export type BannerActions = { onClose: () => void; onAnswer: (answer: Answer) => void };

function question(content: BannerContent, actions: BannerActions): HTMLElement | undefined {
  const asked = content.question;
  if (!asked) return undefined;
  const buttons = asked.answers.map(({ answer, label }) => {
    const button = h('button', { type: 'button', class: 'answer' }, label);
    button.addEventListener('click', () => actions.onAnswer(answer));
    return button;
  });
  return h(
    'div',
    { class: 'question', role: 'group', 'aria-label': asked.prompt },
    h('p', { class: 'prompt' }, asked.prompt),
    h('p', { class: 'answers' }, ...buttons),
    asked.note && h('p', { class: 'personal note', role: 'status' }, asked.note),
  );
}

/** The person's own line and the banner's question, if this content has either. */
function personalPart(content: BannerContent, actions: BannerActions): HTMLElement | undefined {
  const personal = content.personal;
  const asked = question(content, actions);
  if (!personal && !asked) return undefined;
  return h('div', { class: 'part' }, personal && h('p', { class: `personal ${personal.tone}` }, personal.lines.join(' ')), asked);
}

/** "Next:" and what to do, with the official link when there is one. */
function nextPart(content: BannerContent): HTMLElement {
  return h(
    'p',
    {},
    h('strong', {}, content.labels.next),
    ` ${content.next}`,
    content.link && ' ',
    content.link &&
      h('a', { href: content.link.href, target: '_blank', rel: 'noopener noreferrer' }, content.link.text),
  );
}

/**
 * One place in the banner: what the person should read there, and, laid out invisibly in the same
 * grid cell, what the page could say there to someone else. The tallest sets the height, so filling
 * in the person's own text never moves the page. Texts the same as another are laid out once.
 */
function slot(shown: HTMLElement | undefined, others: (HTMLElement | undefined)[]): HTMLElement | undefined {
  const seen = new Set(shown ? [shown.textContent] : []);
  const hidden = others.filter((element): element is HTMLElement => {
    if (!element || seen.has(element.textContent)) return false;
    seen.add(element.textContent);
    element.setAttribute('aria-hidden', 'true');
    return true;
  });
  if (!hidden.length) return shown;
  return h('div', { class: 'slot' }, shown, ...hidden);
}

/**
 * The banner's markup, from content already in the right language. An `aside` with a name is a
 * landmark a screen reader lists; the close button is a real button with a name.
 *
 * `shown` is what the person should read, or undefined while their settings are still being read.
 * `reserve` holds everything this page could say to anyone (other sign-in methods, the longest bank
 * name…), when the banner was painted before the settings came: the parts that differ are laid out
 * invisibly beside the person's own, so the banner is as tall from the first frame as it will ever
 * be (no layout shift). The parts every variant shares (the title, what the page is for) are shown
 * at once.
 */
export function renderBanner(
  shown: BannerContent | undefined,
  reserve: BannerContent[],
  actions: BannerActions,
): HTMLElement {
  const base = shown ?? reserve[0]!;
  const labels = base.labels;
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': labels.close, title: labels.close },
    h('span', { 'aria-hidden': 'true' }, '×'),
  );
  close.addEventListener('click', actions.onClose);
  return h(
    'aside',
    {
      class: `banner${shown?.personal?.tone === 'warning' ? ' warning' : ''}`,
      'aria-label': labels.region,
      lang: base.lang,
    },
    h(
      'div',
      { class: 'body' },
      h('p', { class: 'title' }, h('span', { class: 'tag' }, labels.unofficial), ' ', h('strong', {}, base.title)),
      slot(
        shown && personalPart(shown, actions),
        reserve.map((content) => personalPart(content, actions)),
      ),
      h('p', {}, `${base.purpose} ${base.not}`),
      slot(shown && nextPart(shown), reserve.map(nextPart)),
    ),
    close,
  );
}
