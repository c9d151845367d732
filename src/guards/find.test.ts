import { beforeEach, describe, expect, it } from 'vitest';
import { buttonName, findBankChoices, findRegisterLinks, findSignInLinks, visibleLabel } from './find';

const FRONT = 'https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf';
const page = (html: string) => {
  document.body.innerHTML = html; // test input only: the extension itself never writes HTML
  return document.body;
};
const texts = (elements: HTMLElement[] | undefined) => (elements ?? []).map((e) => visibleLabel(e));

beforeEach(() => {
  document.body.textContent = '';
});

describe('the chooser’s sign-in buttons', () => {
  it('are found by address first, whatever they are called', () => {
    const root = page(`
      <a href="${FRONT}?lang=eng&idp=gckey">Something new</a>
      <a href="${FRONT}?lang=eng&idp=securekey">Another label</a>
      <a href="https://example.org/">Continue to GCKey</a>`);
    const links = findSignInLinks(root);
    expect(texts(links.get('gckey'))).toEqual(['Something new']);
    expect(texts(links.get('sign-in-partner'))).toEqual(['Another label']);
  });

  it('by the labels the page is known to use when no address says, never against what an address says', () => {
    const root = page(`
      <button type="button">GCKey username and password<span class="wb-inv"> GCKey Sign-In</span></button>
      <a href="${FRONT}?idp=gckey">Canadian <i>Interac</i>® Sign-In Partner</a>
      <a href="/elsewhere">Poursuivez vers un Partenaire de connexion</a>`);
    const links = findSignInLinks(root);
    expect(texts(links.get('gckey'))).toEqual(['Canadian Interac® Sign-In Partner']); // its address says GCKey
    expect(texts(links.get('sign-in-partner'))).toEqual(['Poursuivez vers un Partenaire de connexion']);
  });

  it('finds nothing when neither address nor label is known: the guard then does nothing', () => {
    const links = findSignInLinks(page('<a href="/x">Sign in</a><button>Use your bank</button>'));
    expect(links.size).toBe(0);
  });
});

describe('“Register for an account”', () => {
  it('is found by its address, then by its label', () => {
    expect(
      texts(
        findRegisterLinks(
          page(
            '<a href="https://www.canada.ca/en/immigration-refugees-citizenship/services/application/register.html">Create</a>',
          ),
        ),
      ),
    ).toEqual(['Create']);
    expect(texts(findRegisterLinks(page('<button>Register for an account</button>')))).toEqual([
      'Register for an account',
    ]);
    expect(findRegisterLinks(page('<a href="https://evil.example/register.html">Sign up</a>'))).toEqual([]);
  });
});

describe('the bank list', () => {
  it('knows a bank by its address, its logo file or its name', () => {
    const root = page(`
      <a href="/cbs/nav/bank?fi=rbc">Bank 1</a>
      <a href="/cbs/nav/bank?fi=2"><img src="/cbs/images/en/tangerine.png" alt=""></a>
      <a href="/cbs/nav/bank?fi=3"><img src="/x/3.png" alt="TD Bank Group"></a>
      <a href="/cbs/nav/bank?fi=4">Groupe Desjardins</a>
      <a href="/cbs/nav/switch">Switch My Sign-In Partner</a>`);
    const found = findBankChoices(root);
    expect([...found.keys()].sort()).toEqual(['desjardins', 'rbc', 'tangerine', 'td']);
  });

  it('leaves alone a choice whose address and name disagree', () => {
    const found = findBankChoices(
      page('<a href="/cbs/nav/bank?fi=td"><img src="/l/bmo.png" alt="BMO Financial Group"></a>'),
    );
    expect(found.size).toBe(0);
  });
});

describe('naming a button in a sentence', () => {
  it('uses the page’s own visible label when it shows one, in the language’s quotation marks', () => {
    const button = page(
      '<a>GCKey username and password<span class="wb-inv"> GCKey Sign-In</span></a>',
    ).firstElementChild;
    expect(buttonName('gckey', 'en', button)).toEqual({ text: '“GCKey username and password”', quoted: true });
    expect(buttonName('gckey', 'fr', button)).toEqual({ text: '« GCKey username and password »', quoted: true });
  });

  it('describes the button when the page shows no label, or was not read', () => {
    expect(buttonName('gckey', 'en')).toEqual({ text: 'the GCKey button', quoted: false });
    expect(buttonName('sign-in-partner', 'fr', null)).toEqual({
      text: 'le bouton Partenaire de connexion',
      quoted: false,
    });
    const icon = page('<a><img alt=""></a>').firstElementChild;
    expect(buttonName('register', 'en', icon).quoted).toBe(false);
  });
});
