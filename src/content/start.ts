import { detectPage, type PageMatch } from '../pages';
import { contentContext, type ContentContext } from './lifetime';

/**
 * The one way a content script starts: it looks at the page first, and on a page it has nothing to
 * do on (`wants` says no, or the page is not one the catalogue knows: the eTA form, say) it returns
 * having made no timer, no listener, no observer and no storage read. Only then is its lifetime made.
 */
export function startContent(
  wants: (match: PageMatch) => boolean,
  run: (match: PageMatch, ctx: ContentContext) => void,
  href: string = location.href,
): void {
  const match = detectPage(href);
  if (!match || !wants(match)) return;
  run(match, contentContext());
}
