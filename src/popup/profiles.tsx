import { useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { addProfile, setActiveProfile } from '../settings/edits';
import { change } from '../settings/store';
import type { UiText } from '../ui/ui-lang';

/**
 * Who is signing in: one toggle button per person (one click switches), and a way to add one. A
 * representative may keep dozens: the list scrolls. Buttons rather than radios, so the popup's one
 * radio group stays the sign-in method (the contract's control).
 */
export function Profiles({ t, settings }: { t: UiText; settings: Settings }) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    void change(addProfile(name)).then(() => {
      setAdding(false);
      setName('');
    });
  };
  return (
    <fieldset class="profiles">
      <legend>{t.whoSignsIn}</legend>
      <ul class="profile-list">
        {settings.profiles.map((profile) => (
          <li key={profile.id}>
            <button
              type="button"
              class="person"
              aria-pressed={profile.id === settings.activeProfile}
              onClick={() => void change(setActiveProfile(profile.id))}
            >
              {profile.label || t.me}
            </button>
          </li>
        ))}
      </ul>
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
          <div class="row">
            <button type="submit">{t.add}</button>
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
