import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { getSettings, watchSettings } from '../settings/store';

/** The validated settings, kept current when any part of the extension changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    void getSettings().then((value) => alive && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
