import type { BannerContent } from '../guidance/content';
import { h } from './dom';

/** Minified by the build and put in the closed shadow root as text. */
export { default as BANNER_CSS } from './banner.css?inline';

/**
 * The banner's markup, built from content that is already in the right language. An `aside` with a
 * name is a landmark a screen reader lists; the close button is a real button with a name.
 */
export function renderBanner(content: BannerContent, onClose: () => void): HTMLElement {
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': content.labels.close, title: content.labels.close },
    h('span', { 'aria-hidden': 'true' }, '×'),
  );
  close.addEventListener('click', onClose);
  const personal = content.personal;
  return h(
    'aside',
    {
      class: `banner${personal?.tone === 'warning' ? ' warning' : ''}`,
      'aria-label': content.labels.region,
      lang: content.lang,
    },
    h(
      'div',
      { class: 'body' },
      h(
        'p',
        { class: 'title' },
        h('span', { class: 'tag' }, content.labels.unofficial),
        ' ',
        h('strong', {}, content.title),
      ),
      personal && h('p', { class: `personal ${personal.tone}` }, personal.lines.join(' ')),
      h('p', {}, `${content.purpose} ${content.not}`),
      h(
        'p',
        {},
        h('strong', {}, content.labels.next),
        ` ${content.next}`,
        content.link && ' ',
        content.link &&
          h('a', { href: content.link.href, target: '_blank', rel: 'noopener noreferrer' }, content.link.text),
      ),
    ),
    close,
  );
}
