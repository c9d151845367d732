import { methodFromIdp } from '../pages/idp';
import { PARTNERS, type PartnerId } from '../pages/partners';
import type { Method } from '../settings/constants';

/**
 * The chooser's two buttons, found by where they lead (`idp=gckey` / `idp=securekey` on the
 * federation front), never by their text or position, so a redesign of the page does not fool us.
 */
export function findSignInLinks(root: ParentNode = document): Map<Method, HTMLAnchorElement[]> {
  const found = new Map<Method, HTMLAnchorElement[]>();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const method = methodFromIdp(link.href);
    if (method) found.set(method, [...(found.get(method) ?? []), link]);
  }
  return found;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const BY_NAME = new Map<string, PartnerId>(
  PARTNERS.flatMap((partner) => [
    [normalise(partner.en), partner.id],
    [normalise(partner.fr), partner.id],
  ]),
);

/**
 * The bank list's choices: links or buttons whose text (or logo's alternative text) is exactly a
 * partner's name, in English or French. Only what a person reads on the choice is used.
 */
export function findBankChoices(root: ParentNode = document): Map<PartnerId, HTMLElement[]> {
  const found = new Map<PartnerId, HTMLElement[]>();
  for (const element of root.querySelectorAll<HTMLElement>('a[href], button')) {
    const label = element.textContent?.trim() || element.querySelector('img[alt]')?.getAttribute('alt') || '';
    const partner = BY_NAME.get(normalise(label));
    if (partner) found.set(partner, [...(found.get(partner) ?? []), element]);
  }
  return found;
}
