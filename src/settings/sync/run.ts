import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../constants';
import { keepAside } from '../quarantine';
import type { Settings } from '../schema';
import { rewrite } from '../store';
import { checkFit, diffItems, fromSyncItems, type Merged, mergeSettings, toSyncItems } from './merge';
import { getSyncState, setSyncState, type SyncStatus } from './state';

// The background's half of sync. storage.local stays the one source every part of the extension
// reads (the content scripts included); when sync is on, the background merges storage.sync into it
// and mirrors it back, whenever either side changes.

type Outcome = Omit<SyncStatus, 'at'>;

/** Brings storage.local and storage.sync to the same merged settings, if sync is on. */
export async function reconcile(): Promise<void> {
  const before = await getSyncState();
  if (!before.enabled) return;
  let wrote = false;
  let outcome: Outcome;
  try {
    outcome = await mirror(() => (wrote = true));
  } catch (error) {
    console.error('Sync failed', error);
    outcome = { kind: 'failed' };
  }
  // Only say something new: a status write must not be a change worth syncing again.
  const now = await getSyncState();
  const same = JSON.stringify({ ...now.status, at: 0 }) === JSON.stringify({ ...outcome, at: 0 });
  if (now.enabled && (wrote || !same)) await setSyncState({ enabled: true, status: { ...outcome, at: Date.now() } });
}

async function mirror(wrote: () => void): Promise<Outcome> {
  const remoteItems = await browser.storage.sync.get(null);
  const remote = fromSyncItems(remoteItems);
  for (const { key, value } of remote.bad) await keepAside({ [key]: value }, 'sync');

  let merged: Merged | undefined;
  const local = await rewrite((current: Settings) => {
    merged = mergeSettings(current, remote);
    if (!merged.ok) return current;
    if (JSON.stringify(merged.settings) !== JSON.stringify(current)) wrote();
    return merged.settings;
  });
  if (merged && !merged.ok) return { kind: 'too-many-people', count: merged.tooMany };

  const items = toSyncItems(local);
  const fit = checkFit(items);
  if (!fit.fits) return { kind: 'too-large', reason: fit.reason, bytes: fit.bytes, limit: fit.limit };
  const set = diffItems(remoteItems, items);
  if (Object.keys(set).length > 0) {
    await browser.storage.sync.set(set);
    wrote();
  }
  return { kind: 'ok' };
}

// Changes come in bursts (a merge writes both sides, which report back): one reconciliation at a
// time, and one more after it if anything changed meanwhile.
let running = false;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function runSoon(delay = 200): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (running) return void (again = true);
    running = true;
    void reconcile().finally(() => {
      running = false;
      if (again) {
        again = false;
        runSoon(0);
      }
    });
  }, delay);
}

const enabled = (value: unknown) => (value as { enabled?: unknown } | null | undefined)?.enabled === true;

/**
 * Listens for changes on both sides. Call once, synchronously, when the background starts; the first
 * reconciliation waits for `ready` (the migrations).
 */
export function startSync(ready: Promise<unknown> = Promise.resolve()): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') return runSoon();
    if (area !== 'local') return;
    const state = changes.syncState;
    if (SETTINGS_KEY in changes || (state && enabled(state.newValue) && !enabled(state.oldValue))) runSoon();
  });
  void ready.then(() => runSoon(0));
}
