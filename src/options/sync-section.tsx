import { useState } from 'preact/hooks';
import type { Lang } from '../pages/types';
import { MAX_PROFILES } from '../settings/constants';
import { disableSync, enableSync, type SyncState } from '../settings/sync/state';
import type { Fit } from '../settings/sync/merge';
import { formatKb, formatTime, type OptionsText } from './text';

type Props = { t: OptionsText; lang: Lang; state: SyncState | undefined; save: (change: Promise<unknown>) => void };

/** Why settings do not fit in browser sync, in words. */
function tooLarge(t: OptionsText, lang: Lang, fit: { reason?: string; bytes?: number; limit?: number }): string {
  const bytes = fit.bytes ?? 0;
  const limit = fit.limit ?? 0;
  if (fit.reason === 'count') return t.syncTooManyItems(bytes, limit);
  const sizes = [formatKb(bytes, lang, t), formatKb(limit, lang, t)] as const;
  return fit.reason === 'item' ? t.syncItemTooLarge(...sizes) : t.syncTooLarge(...sizes);
}

function statusText(t: OptionsText, lang: Lang, state: SyncState): string {
  const status = state.status;
  if (!state.enabled) return '';
  if (!status) return t.syncWaiting;
  switch (status.kind) {
    case 'ok':
      return t.syncOk(formatTime(status.at, lang));
    case 'too-large':
      return tooLarge(t, lang, status);
    case 'too-many-people':
      return t.syncTooManyPeople(status.count ?? 0, MAX_PROFILES);
    case 'newer-version':
      return t.syncNewer;
    case 'failed':
      return t.syncFailed;
  }
}

/** Opt-in sync through the browser account: off by default, refused with the reason when too large. */
export function SyncSection({ t, lang, state, save }: Props) {
  const [refused, setRefused] = useState<Fit>();
  const [turnedOff, setTurnedOff] = useState(false);
  const toggle = (on: boolean) => {
    setRefused(undefined);
    setTurnedOff(!on);
    if (!on) return save(disableSync());
    save(enableSync().then((fit) => !fit.fits && setRefused(fit)));
  };
  const problem = state?.enabled && state.status && state.status.kind !== 'ok';
  return (
    <section id="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t.sync}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={state?.enabled ?? false}
          aria-describedby="sync-help"
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span>{t.syncOn}</span>
      </label>
      <p class="help" id="sync-help">
        {t.syncHelp}
      </p>
      <p role="status" class={problem ? 'note' : undefined}>
        {state ? statusText(t, lang, state) : ''}
        {turnedOff && !state?.enabled ? t.syncOffNote : ''}
      </p>
      {refused && !refused.fits && (
        <p role="alert" class="note">
          {tooLarge(t, lang, refused)}
        </p>
      )}
    </section>
  );
}
