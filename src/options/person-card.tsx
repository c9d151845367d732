import { partnerById } from '../pages/partners';
import { MethodPicker } from '../popup/method-picker';
import type { Lang } from '../pages/types';
import { renameProfile, setActiveProfile, updateProfile } from '../settings/edits';
import type { Profile } from '../settings/schema';
import { change } from '../settings/store';
import { formatDate, type OptionsText } from './text';

type Props = {
  t: OptionsText;
  lang: Lang;
  profile: Profile;
  active: boolean;
  canDelete: boolean;
  onDelete: () => void;
  save: (change: Promise<unknown>) => void;
};

/** One person: their name, how they sign in (and which bank), what the guide has seen them do. */
export function PersonCard({ t, lang, profile, active, canDelete, onDelete, save }: Props) {
  // The unnamed first profile is the person themselves: "How you sign in", "Your bank".
  const isMe = profile.label === '';
  const name = profile.label || t.me;
  const base = `person-${profile.id}`;
  const used = profile.lastUsed;
  return (
    <article class="person-card" aria-labelledby={`${base}-heading`}>
      {/* Wrappers for the layout only (the name beside the heading, the history beside the buttons on a
          wide page); the order stays heading, name, method, history, buttons, for the keyboard too. */}
      <div class="person-head">
        <h3 id={`${base}-heading`}>
          {name}
          {active && <span class="badge"> ({t.signingInNow})</span>}
        </h3>
        <label class="field">
          <span>{t.nameLabel}</span>
          <input
            type="text"
            maxLength={60}
            autoComplete="off"
            value={profile.label}
            aria-describedby={profile.label === '' ? `${base}-name-help` : undefined}
            onChange={(event) => save(change(renameProfile(profile.id, event.currentTarget.value)))}
          />
        </label>
        {profile.label === '' && (
          <p class="help" id={`${base}-name-help`}>
            {t.nameHelpMe}
          </p>
        )}
      </div>
      <MethodPicker
        t={t}
        lang={lang}
        method={profile.method}
        partner={profile.partner}
        legend={isMe ? t.howYouSignIn : t.howSignsIn(name)}
        bankLabel={isMe ? t.partnerSelect : t.bankOf(name)}
        groupName={`${base}-method`}
        onChange={(edit) => save(change(updateProfile(profile.id, edit)))}
      />
      <div class="person-foot">
        <div class="history">
          {used || profile.newGckeyAt !== null ? <h4>{t.history}</h4> : <p class="muted">{t.noHistory}</p>}
          {used && (
            <p>
              {t.lastUsed(
                t.lastUsedWay(
                  used.method === 'gckey' ? t.method_gckey : t.method_partner,
                  partnerById(used.partner)?.[lang],
                ),
                formatDate(used.at, lang),
              )}
            </p>
          )}
          {profile.newGckeyAt !== null && <p>{t.newGckeyMade(formatDate(profile.newGckeyAt, lang))}</p>}
        </div>
        <div class="row">
          {!active && (
            <button type="button" onClick={() => save(change(setActiveProfile(profile.id)))}>
              {isMe ? t.makeActiveMe : t.makeActive(name)}
            </button>
          )}
          {canDelete && (
            <button type="button" class="danger" onClick={onDelete}>
              {t.deletePerson(name)}
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
