import { type Partner, partnerById, PARTNERS } from '../pages/partners';
import type { Lang } from '../pages/types';
import type { Method, Profile } from '../settings/schema';
import type { UiText } from '../ui/ui-lang';

type Props = {
  t: UiText;
  lang: Lang;
  method: Profile['method'];
  partner: Profile['partner'];
  /** "How you sign in…", or in the options "How Maria signs in". */
  legend: string;
  /** The bank select's name; it always contains the words "Sign-In Partner" / "Partenaire de connexion". */
  bankLabel: string;
  /** Radio group name, unique on the page (the options page has one picker per person). */
  groupName: string;
  help?: string;
  onChange: (change: Partial<Pick<Profile, 'method' | 'partner'>>) => void;
};

// Sorted once per language: the options page has one list per person.
const sorted = new Map<Lang, Partner[]>();
function banksIn(lang: Lang): Partner[] {
  if (!sorted.has(lang)) {
    const collator = new Intl.Collator(lang);
    sorted.set(
      lang,
      [...PARTNERS].sort((a, b) => collator.compare(a[lang], b[lang])),
    );
  }
  return sorted.get(lang)!;
}

/**
 * The contract's controls, in the popup and for each person in the options: a radio group (GCKey /
 * Sign-In Partner) and, for Sign-In Partner, the bank.
 */
export function MethodPicker({ t, lang, method, partner, legend, bankLabel, groupName, help, onChange }: Props) {
  const options: [Method, string][] = [
    ['gckey', t.method_gckey],
    ['sign-in-partner', t.method_partner],
  ];
  const helpId = `${groupName}-help`;
  return (
    <fieldset class="method">
      <legend>{legend}</legend>
      {help && (
        <p class="help" id={helpId}>
          {help}
        </p>
      )}
      <div role="radiogroup" aria-label={legend} aria-describedby={help ? helpId : undefined} class="choices">
        {options.map(([value, label]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={groupName}
              value={value}
              checked={method === value}
              onChange={() => onChange({ method: value })}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {method === null && <p class="muted">{t.notSetYet}</p>}
      {method === 'sign-in-partner' && (
        <label class="bank">
          <span>{bankLabel}</span>
          <select
            value={partner ?? ''}
            onChange={(event) => onChange({ partner: (event.currentTarget.value || null) as Profile['partner'] })}
          >
            <option value="">{t.partnerChoose}</option>
            {/* A bank kept from another version (or one IRCC's list dropped) stays chosen until the person picks another. */}
            {partner !== null && !partnerById(partner) && <option value={partner}>{t.partnerUnknown}</option>}
            {banksIn(lang).map((bank) => (
              <option key={bank.id} value={bank.id}>
                {bank[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
