import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { optionsEn } from '../i18n/options-en';
import { uiEn } from '../i18n/ui-en';
import { optionsFr } from '../i18n/options-fr';
import { exportSettings } from '../settings/backup/export';
import { repairStoredSettings } from '../settings/store';
import { defaultSettings, newProfile } from '../settings/schema';
import { Options } from './options';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete document.documentElement.dataset.theme;
});

const stored = async () =>
  (await browser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
const open = async () => {
  act(() => render(<Options />, root));
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
};
const byText = <T extends Element>(selector: string, text: string) => {
  const found = [...root.querySelectorAll<T & HTMLElement>(selector)].find((el) => el.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
};
const chooseFile = async (text: string, name = 'backup.json') => {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  await act(() => {
    input.dispatchEvent(new Event('change'));
  });
};
const family = {
  ...defaultSettings(),
  profiles: [
    { ...newProfile('me', ''), method: 'gckey' as const },
    { ...newProfile('p-maria', 'Maria'), method: 'sign-in-partner' as const, partner: 'tangerine' as const },
  ],
};

describe('the options page', () => {
  it('has one h1, a section for each concern, and says who is signing in', async () => {
    await browser.storage.local.set({ settings: family });
    await open();
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    const sections = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(sections).toEqual(
      expect.arrayContaining([
        optionsEn.people,
        optionsEn.banners,
        optionsEn.appearance,
        optionsEn.sync,
        optionsEn.backup,
        optionsEn.privacyHeading,
      ]),
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.person-card')).toHaveLength(2));
    expect(byText('h3', 'Me').textContent).toContain(optionsEn.signingInNow);
    // Each person's method is its own radio group, named for them.
    expect(byText('legend', uiEn.howSignsIn('Maria'))).toBeTruthy();
    expect(root.querySelectorAll('input[type=radio][name="person-p-maria-method"]')).toHaveLength(2);
  });

  it('speaks French when the person chose it, and takes their colours', async () => {
    await browser.storage.local.set({ settings: { ...family, language: 'fr', theme: 'dark' } });
    await open();
    await vi.waitFor(() => expect(root.querySelector('h1')!.textContent).toBe(optionsFr.optionsTitle));
    expect(root.querySelector('main')!.lang).toBe('fr');
    // The colours are applied in an effect, after the page is drawn.
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('deletes a person with an undo that gets the focus, and the undo brings them back', async () => {
    await browser.storage.local.set({ settings: family });
    await open();
    await vi.waitFor(() => byText('button', optionsEn.deletePerson('Maria')));
    await act(() => byText<HTMLButtonElement>('button', optionsEn.deletePerson('Maria')).click());
    await vi.waitFor(() => expect(root.querySelectorAll('.person-card')).toHaveLength(1));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(optionsEn.undo));
    expect(root.querySelector('#people-message')!.textContent).toBe(optionsEn.deleted('Maria'));
    await act(() => (document.activeElement as HTMLButtonElement).click());
    await vi.waitFor(() => expect(root.querySelectorAll('.person-card')).toHaveLength(2));
    expect(((await stored())!.profiles as { label: string }[]).map((p) => p.label)).toEqual(['', 'Maria']);
  });

  it('turns the guide off everywhere, and per service', async () => {
    await open();
    await act(() => byText<HTMLLabelElement>('label', optionsEn.bannersOn).querySelector('input')!.click());
    await vi.waitFor(async () => expect((await stored())?.disabled).toBe(true));
    expect(root.textContent).toContain(optionsEn.bannersOffNote);
    await act(() => byText<HTMLLabelElement>('label', optionsEn.bannersOn).querySelector('input')!.click());
    await vi.waitFor(async () => expect((await stored())?.disabled).toBe(false));
    const gckey = byText<HTMLLabelElement>('label', optionsEn.serviceOn('GCKey')).querySelector('input')!;
    await act(() => gckey.click());
    await vi.waitFor(async () => expect((await stored())?.hiddenServices).toEqual(['gckey']));
  });

  it('shows a damaged stored value, kept aside, with a way to download it', async () => {
    await browser.storage.local.set({
      settings: { profiles: [{ id: 'p-maria', label: 'Maria' }, 'junk'], activeProfile: 'p-maria' },
    });
    await repairStoredSettings(); // as the page's own start (and the background) do
    await open();
    await vi.waitFor(() => expect(root.querySelector('#quarantine h2')?.textContent).toBe(optionsEn.quarantineHeading));
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:quarantine');
    await act(() => byText<HTMLButtonElement>('button', optionsEn.quarantineDownload).click());
    const blob = created.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text())).toEqual({
      profiles: [{ id: 'p-maria', label: 'Maria' }, 'junk'],
      activeProfile: 'p-maria',
    });
    expect(root.querySelectorAll('.person-card')).toHaveLength(1); // Maria, still there
  });

  it('refuses a malformed file, says what is wrong, and changes nothing', async () => {
    await browser.storage.local.set({ settings: family });
    await open();
    const before = await stored();
    await chooseFile(
      '{"format":"ircc-sign-in-guide-settings","version":2,"settings":{"profiles":[{"id":"Not An Id","label":"x"}]}}',
    );
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain(optionsEn.importFailed));
    expect(root.querySelector('[role=alert]')!.textContent).toContain(optionsEn.problem_noPeople);
    expect(await stored()).toEqual(before);
    expect(root.querySelector('.preview')).toBeNull();
  });

  it('previews an import with the focus on it, applies it only when asked, and can undo it', async () => {
    await browser.storage.local.set({ settings: family });
    await open();
    const backup = exportSettings(
      { ...family, profiles: [family.profiles[0]!, { ...newProfile('p-ahmed', 'Ahmed'), method: 'gckey' }] },
      Date.now(),
    );
    await chooseFile(backup);
    await vi.waitFor(() => expect(root.querySelector('.preview')).not.toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('preview-heading'));
    expect(byText('dt', optionsEn.previewAdded).nextElementSibling!.textContent).toBe('Ahmed');
    expect(byText('dt', optionsEn.previewRemoved).nextElementSibling!.textContent).toBe('Maria');
    expect(((await stored())!.profiles as unknown[]).length).toBe(2); // nothing yet
    await act(() => byText<HTMLButtonElement>('button', optionsEn.applyImport).click());
    await vi.waitFor(async () =>
      expect(((await stored())!.profiles as { label: string }[]).map((p) => p.label)).toEqual(['', 'Ahmed']),
    );
    await act(() => byText<HTMLButtonElement>('button', optionsEn.undoImport).click());
    await vi.waitFor(async () =>
      expect(((await stored())!.profiles as { label: string }[]).map((p) => p.label)).toEqual(['', 'Maria']),
    );
  });

  it('imports a file with a bank and a field this version does not know, says what it keeps, and keeps it', async () => {
    await browser.storage.local.set({ settings: family });
    await open();
    const file = JSON.parse(exportSettings(family, Date.now()));
    file.settings.profiles[1] = { ...file.settings.profiles[1], partner: 'bank-of-2030', passkeyAt: 5 };
    file.settings.profiles.push({ id: 'Not An Id', label: 'Ahmed' });
    await chooseFile(JSON.stringify(file));
    await vi.waitFor(() => expect(root.querySelector('.preview')).not.toBeNull());
    const aside = [...root.querySelectorAll('.preview .aside li')].map((li) => li.textContent);
    expect(aside).toEqual([
      optionsEn.aside_unknownField('passkeyAt', ' (in person 2)'),
      optionsEn.aside_unknownBank(' (in person 2, bank)'),
      optionsEn.aside_leftOut(' (in person 3)'),
    ]);
    await act(() => byText<HTMLButtonElement>('button', optionsEn.applyImport).click());
    await vi.waitFor(async () =>
      expect(((await stored())!.profiles as Record<string, unknown>[])[1]).toMatchObject({
        partner: 'bank-of-2030',
        passkeyAt: 5,
      }),
    );
    // The person who could not be read is not lost: the whole file is kept aside, to download.
    await vi.waitFor(() =>
      expect(root.querySelector('#quarantine')?.textContent).toContain(optionsEn.quarantineFromImport),
    );
    // The person's bank is shown for what it is.
    const select = root.querySelectorAll<HTMLSelectElement>('.person-card select')[0]!;
    expect(select.selectedOptions[0]!.textContent).toBe(uiEn.partnerUnknown);
  });

  it('says in French that a bank is one this version does not know', async () => {
    await browser.storage.local.set({
      settings: {
        ...family,
        language: 'fr',
        profiles: [family.profiles[0], { ...family.profiles[1], partner: 'bank-of-2030' }],
      },
    });
    await open();
    const select = root.querySelector<HTMLSelectElement>('.person-card select')!;
    expect(select.selectedOptions[0]!.textContent).toBe('Une banque que cette version ne connaît pas');
    expect(optionsFr.aside_unknownBank('')).toContain('Une banque que cette version ne connaît pas');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await open();
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const huge = { size: 10 * 1024 * 1024, text: vi.fn() } as unknown as File;
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('too large'));
    expect(huge.text).not.toHaveBeenCalled();
  });
});
