import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, beforeNextPaint, whenBodyStarts } from './timing';

/** A stand-in for the browser's ResizeObserver that the test calls, as a rendering step would. */
function fakeResizeObservers() {
  const observers: { callback: () => void; observed: Element[] }[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observed: Element[] = [];
      constructor(readonly callback: () => void) {
        observers.push(this);
      }
      observe(element: Element) {
        this.observed.push(element);
      }
      disconnect() {
        this.observed = [];
      }
    },
  );
  /** What a rendering step does: reports every observed element once. */
  return () => observers.filter((o) => o.observed.length).forEach((o) => o.callback());
}
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('beforeNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs once, in a rendering step that runs no animation frames (Chrome paints such updates too)', async () => {
    const renderingStep = fakeResizeObservers();
    const callback = vi.fn();
    beforeNextPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    renderingStep();
    expect(callback).toHaveBeenCalledTimes(1);
    renderingStep();
    await nextFrame();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs once in the next animation frame when that comes first', async () => {
    const renderingStep = fakeResizeObservers();
    const callback = vi.fn();
    beforeNextPaint(callback);
    await nextFrame();
    expect(callback).toHaveBeenCalledTimes(1);
    renderingStep();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', async () => {
    const renderingStep = fakeResizeObservers();
    const callback = vi.fn();
    beforeNextPaint(callback)();
    renderingStep();
    await nextFrame();
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('afterLoad', () => {
  const readyState = (state: DocumentReadyState) => vi.spyOn(document, 'readyState', 'get').mockReturnValue(state);
  beforeEach(() => {
    vi.useFakeTimers();
    // An idle moment comes at once here; the browser's may take up to the timeout given.
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('waits for the page’s load event, not only for its HTML', () => {
    readyState('interactive');
    const callback = vi.fn();
    afterLoad(callback);
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
    dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000); // the fallback timer finds it done
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not wait forever for a page whose images never finish: half a second after its HTML', () => {
    readyState('loading');
    const callback = vi.fn();
    afterLoad(callback);
    vi.advanceTimersByTime(2000);
    expect(callback).not.toHaveBeenCalled(); // not before the page's HTML is all in
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(499);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs when idle on a page that has already loaded', () => {
    readyState('complete');
    const callback = vi.fn();
    afterLoad(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

describe('whenBodyStarts', () => {
  it('waits for the body, then runs once; changes further down are never looked at', async () => {
    const body = document.body;
    body.remove();
    const callback = vi.fn();
    try {
      whenBodyStarts(callback);
      document.documentElement.append(document.createElement('div'));
      await Promise.resolve();
      expect(callback).not.toHaveBeenCalled();
      document.documentElement.append(body);
      await Promise.resolve();
      expect(callback).toHaveBeenCalledTimes(1);
      body.append(document.createElement('p'));
      await Promise.resolve();
      expect(callback).toHaveBeenCalledTimes(1);
    } finally {
      document.documentElement.querySelectorAll(':scope > div').forEach((div) => div.remove());
      if (!body.isConnected) document.documentElement.append(body);
    }
  });

  it('runs at once when the body is already there', () => {
    const callback = vi.fn();
    whenBodyStarts(callback);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
