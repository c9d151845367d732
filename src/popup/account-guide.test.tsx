import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideEn } from '../i18n/guide-en';
import { guideFr } from '../i18n/guide-fr';
import { AccountGuide } from './account-guide';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const buttons = () => [...root.querySelectorAll('button')];
const button = (name: string) => {
  const found = buttons().find((b) => b.textContent === name);
  if (!found)
    throw new Error(
      `no button "${name}" among ${buttons()
        .map((b) => b.textContent)
        .join(' | ')}`,
    );
  return found;
};
const click = (name: string) => act(() => button(name).click());
const stepHeading = () => root.querySelector('h3');

describe('the account guide', () => {
  it('is closed at first, behind one button that says whether it is open', () => {
    act(() => render(<AccountGuide lang="en" />, root));
    const toggle = button(guideEn.guideTitle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector<HTMLElement>('#guide-body')!.hidden).toBe(true);
    expect(toggle.getAttribute('aria-controls')).toBe('guide-body');
    click(guideEn.guideTitle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector<HTMLElement>('#guide-body')!.hidden).toBe(false);
    expect(stepHeading()?.textContent).toBe(guideEn.q_start);
  });

  it('walks to an answer, moving focus to each new step, and ends on the official link in a new tab', () => {
    act(() => render(<AccountGuide lang="en" />, root));
    click(guideEn.guideTitle);
    click(guideEn.a_follow);
    expect(stepHeading()?.textContent).toBe(guideEn.q_follow);
    expect(document.activeElement).toBe(stepHeading());
    click(guideEn.a_messages);
    expect(stepHeading()?.textContent).toBe(guideEn.o_secureAccount);
    expect(document.activeElement).toBe(stepHeading());
    expect(root.textContent).toContain(guideEn.s_secureAccount);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    );
    expect(link.textContent).toBe(guideEn.link_secureAccount);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector(`#${link.getAttribute('aria-describedby')}`)?.textContent).toBe(guideEn.opensNewTab);
  });

  it('goes back one step, and starts over', () => {
    act(() => render(<AccountGuide lang="en" />, root));
    click(guideEn.guideTitle);
    expect(buttons().map((b) => b.textContent)).not.toContain(guideEn.back);
    click(guideEn.a_apply);
    click(guideEn.a_visitStudyWork);
    expect(stepHeading()?.textContent).toBe(guideEn.q_code);
    click(guideEn.back);
    expect(stepHeading()?.textContent).toBe(guideEn.q_apply);
    expect(document.activeElement).toBe(stepHeading());
    click(guideEn.a_eta);
    expect(stepHeading()?.textContent).toBe(guideEn.o_eta);
    click(guideEn.startOver);
    expect(stepHeading()?.textContent).toBe(guideEn.q_start);
    expect(document.activeElement).toBe(stepHeading());
  });

  it('speaks French, and sends French readers to French pages', () => {
    act(() => render(<AccountGuide lang="fr" />, root));
    click(guideFr.guideTitle);
    click(guideFr.a_approved);
    click(guideFr.a_invitedYes);
    expect(stepHeading()?.textContent).toBe(guideFr.o_prPortal);
    expect(root.querySelector('a')!.getAttribute('href')).toBe(
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/comptes-ircc.html',
    );
    expect(root.textContent).not.toMatch(/Back|Start over|How you sign in/);
  });

  it('uses no radio group and no select, so the popup keeps one radio group: the sign-in method', () => {
    act(() => render(<AccountGuide lang="en" />, root));
    click(guideEn.guideTitle);
    expect(root.querySelector('[role="radiogroup"], input[type="radio"], select, [role="combobox"]')).toBeNull();
  });
});
