import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../pages/types';
import { addProfile, type Deleted, deleteProfile, deletionOf, restoreProfile } from '../settings/edits';
import type { Settings } from '../settings/schema';
import { change, getSettings } from '../settings/store';
import { PersonCard } from './person-card';
import type { OptionsText } from './text';

type Props = { t: OptionsText; lang: Lang; settings: Settings; save: (change: Promise<unknown>) => void };

/**
 * Everyone this browser keeps: add, rename, set how each signs in, make one the one signing in, and
 * delete with an undo (focus goes to the undo, as the card it was in has gone).
 */
export function People({ t, lang, settings, save }: Props) {
  const [deleted, setDeleted] = useState<Deleted>();
  const [message, setMessage] = useState('');
  const [name, setName] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const messageLine = useRef<HTMLParagraphElement>(null);
  const nameOf = (label: string) => label || t.me;

  const remove = async (id: string) => {
    const gone = deletionOf(await getSettings(), id);
    await change(deleteProfile(id));
    if (!gone) return;
    setDeleted(gone);
    setMessage(t.deleted(nameOf(gone.profile.label)));
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undo = async () => {
    if (!deleted) return;
    await change(restoreProfile(deleted));
    setMessage(t.restored(nameOf(deleted.profile.label)));
    setDeleted(undefined);
    requestAnimationFrame(() => messageLine.current?.focus());
  };
  const add = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    // Adding never switches: the person signing in now keeps their warnings (each card has its switch).
    const current = settings.profiles.find((profile) => profile.id === settings.activeProfile);
    const label = name.trim();
    save(
      change(addProfile(name, false)).then(() => {
        setName('');
        setMessage(t.addedKept(label, nameOf(current?.label ?? '')));
      }),
    );
  };

  return (
    <section id="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t.people}</h2>
      <p class="help">{t.peopleHelp}</p>
      <ul class="people">
        {settings.profiles.map((profile) => (
          <li key={profile.id}>
            <PersonCard
              t={t}
              lang={lang}
              profile={profile}
              active={profile.id === settings.activeProfile}
              canDelete={settings.profiles.length > 1}
              onDelete={() => void remove(profile.id)}
              save={save}
            />
          </li>
        ))}
      </ul>
      {settings.profiles.length === 1 && <p class="muted">{t.lastPersonStays}</p>}
      <div class="undo-line">
        <p role="status" id="people-message" tabIndex={-1} ref={messageLine}>
          {message}
        </p>
        {deleted && (
          <button type="button" ref={undoButton} aria-describedby="people-message" onClick={() => void undo()}>
            {t.undo}
          </button>
        )}
      </div>
      <form class="add" onSubmit={add}>
        <label class="field">
          <span>{t.personName}</span>
          <input
            type="text"
            maxLength={60}
            autoComplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <div class="row">
          <button type="submit">{t.addPerson}</button>
        </div>
      </form>
    </section>
  );
}
