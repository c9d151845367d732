import type { UiText } from '../ui/ui-lang';
import { PARTNERS } from '../pages/partners';
import type { Lang } from '../pages/types';
import type { Method, Profile } from '../settings/schema';

type Props = {
  profile: Profile;
  lang: Lang;
  t: UiText;
  onChange: (change: Partial<Pick<Profile, 'method' | 'partner'>>) => void;
};

/** The contract's controls: a radio group (GCKey / Sign-In Partner) and, for Sign-In Partner, the bank. */
export function MethodPicker({ profile, lang, t, onChange }: Props) {
  const options: [Method, string][] = [
    ['gckey', t.method_gckey],
    ['sign-in-partner', t.method_partner],
  ];
  const banks = [...PARTNERS].sort((a, b) => a[lang].localeCompare(b[lang], lang));
  return (
    <fieldset class="method">
      <legend>{t.howYouSignIn}</legend>
      <p class="help" id="method-help">
        {t.howYouSignInHelp}
      </p>
      <div role="radiogroup" aria-describedby="method-help" class="choices">
        {options.map(([method, label]) => (
          <label key={method} class="choice">
            <input
              type="radio"
              name="method"
              value={method}
              checked={profile.method === method}
              onChange={() => onChange({ method })}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {profile.method === null && <p class="muted">{t.notSetYet}</p>}
      {profile.method === 'sign-in-partner' && (
        <label class="bank">
          <span>{t.partnerSelect}</span>
          <select
            value={profile.partner ?? ''}
            onChange={(event) => onChange({ partner: (event.currentTarget.value || null) as Profile['partner'] })}
          >
            <option value="">{t.partnerChoose}</option>
            {banks.map((bank) => (
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
