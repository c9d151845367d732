import { useState } from 'preact/hooks';
import { activeProfile, type Settings } from '../settings/schema';
import { addProfile, setActiveProfile } from '../settings/edits';
import { change } from '../settings/store';
import type { UiText } from '../ui/ui-lang';

/**
 * Who is signing in: the active person by name, one toggle button per person (one click switches),
 * and a way to add one. Adding never switches unless the person chooses "Add and switch": the current
 * person's warnings and marks stay on. A representative may keep dozens: the list scrolls. Buttons
 * rather than radios, so the popup's one radio group stays the sign-in method (the contract's control).
 */
export function Profiles({ t, settings }: { t: UiText; settings: Settings }) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [added, setAdded] = useState('');
  const current = activeProfile(settings);
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) return;
    // The submitter says which of the two buttons was used (Enter in the field means "Add").
    const switching = (event.submitter as HTMLButtonElement | null)?.value === 'switch';
    void change(addProfile(name, switching)).then(() => {
      setAdding(false);
      setName('');
      setAdded(switching ? '' : t.addedKept(label, current.label || t.me));
    });
  };
  return (
    <fieldset class="profiles">
      <legend>{t.whoSignsIn}</legend>
      <p class="active-person">
        {t.activeNow} <strong>{current.label || t.me}</strong>
      </p>
      {settings.profiles.length > 1 && (
        <ul class="profile-list" aria-label={t.switchTo}>
          {settings.profiles.map((profile) => (
            <li key={profile.id}>
              <button
                type="button"
                class="person"
                aria-pressed={profile.id === settings.activeProfile}
                onClick={() => {
                  setAdded('');
                  void change(setActiveProfile(profile.id));
                }}
              >
                {profile.label || t.me}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="muted" role="status">
        {added}
      </p>
      {adding ? (
        <form class="add" onSubmit={add}>
          <label>
            <span>{t.personName}</span>
            <input
              type="text"
              maxLength={60}
              value={name}
              autoFocus
              autoComplete="off"
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <div class="row wrap">
            <button type="submit" value="add">
              {t.add}
            </button>
            <button type="submit" value="switch">
              {t.addAndSwitch}
            </button>
            <button type="button" class="link" onClick={() => setAdding(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="link" onClick={() => setAdding(true)}>
          {t.addPerson}
        </button>
      )}
    </fieldset>
  );
}
