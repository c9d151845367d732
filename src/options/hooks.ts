import { useEffect, useState } from 'preact/hooks';
import { getQuarantine, type QuarantineEntry, watchQuarantine } from '../settings/quarantine';
import { getSyncState, type SyncState, watchSyncState } from '../settings/sync/state';

/** A stored value, read once and kept current (the same pattern as useSettings). */
function useStored<T>(read: () => Promise<T>, watch: (listener: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    void read().then((first) => alive && setValue(first));
    const unwatch = watch(setValue);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return value;
}

export const useQuarantine = (): QuarantineEntry[] => useStored(getQuarantine, watchQuarantine) ?? [];
export const useSyncState = (): SyncState | undefined => useStored(getSyncState, watchSyncState);

/** A "Saved." that follows each change, for the page's one status line. */
export function useSaved(): [boolean, (change: Promise<unknown>) => void] {
  const [saved, setSaved] = useState(false);
  // No re-render before the change is stored: it would redraw the controls from the settings as
  // they were, and a checkbox the person just ticked would flick back until storage answers.
  const save = (change: Promise<unknown>) => void change.then(() => setSaved(true));
  return [saved, save];
}
