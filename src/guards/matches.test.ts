import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, EXAMPLES, SERVICES } from '../pages/catalogue';
import { detectPage, pageKey } from '../pages';
import { GUARDED_KINDS } from '../kinds';
import { GUARD_MATCHES } from './matches';

const toRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
const covers = (patterns: string[], url: string) => {
  const { origin, pathname, search } = new URL(url);
  return patterns.map(toRegExp).some((re) => re.test(origin + pathname + search));
};

describe('where the guards run', () => {
  it('covers every example of every guarded page kind', () => {
    for (const key of GUARDED_KINDS) {
      const [service, page] = key.split('/');
      const yes = EXAMPLES[service as keyof typeof EXAMPLES].pages[page!]?.yes ?? [];
      expect(yes.length, key).toBeGreaterThan(0);
      for (const url of yes) expect(covers(GUARD_MATCHES, url), url).toBe(true);
    }
  });

  it('stays inside the hosts the extension already has', () => {
    const hosts = new Set(CONTENT_MATCHES.map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).host));
    for (const pattern of GUARD_MATCHES) {
      expect(hosts.has(new URL(pattern.replace('*.', 'wildcard.')).host), pattern).toBe(true);
    }
  });

  it('does not run on the pages it does not guard, like the GCKey sign-in page or the account', () => {
    for (const service of SERVICES) {
      for (const { yes } of Object.values(EXAMPLES[service.id].pages)) {
        for (const url of yes) {
          const key = pageKey(detectPage(url)!);
          if (!GUARDED_KINDS.includes(key) && !key.startsWith('sign-in-partner/')) {
            expect(covers(GUARD_MATCHES, url), url).toBe(false);
          }
        }
      }
    }
  });
});
