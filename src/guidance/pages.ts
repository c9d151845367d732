import type { MessageKey } from '../i18n';
import type { PageMatch } from '../pages/types';

/** The banner's title: the page kind's own name where it has one, else the service's. */
export function titleKey(match: Pick<PageMatch, 'service' | 'page'>, has: (key: string) => boolean): MessageKey {
  const specific = `what_${match.service}/${match.page}`;
  return (has(specific) ? specific : `what_${match.service}`) as MessageKey;
}
