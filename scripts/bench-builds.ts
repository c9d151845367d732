// The two extensions `npm run bench` generates beside the one it measures (scripts/bench.ts): the
// baseline (what the browser charges for injecting any content script) and the floor (the cheapest
// banner there can be). Both copy the measured build's content-script matches and run times.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor: what any banner drawn before the page is laid out costs, whatever it says. One
 * paragraph of about the length of the extension's shortest banner, in a closed shadow root with a
 * few style rules, drawn when the body starts, just before it, plus one read of the settings. No page
 * detection, no language, no reserve, no controls. (Unchanged since it was first measured, so
 * figures from different days compare.)
 */
export const FLOOR_SCRIPT = `(() => {
  chrome.storage.local.get('settings').catch(() => {});
  const draw = () => {
    const host = document.createElement('ircc-guide-floor');
    host.setAttribute('data-ircc-service', 'floor');
    host.setAttribute('data-ircc-page', 'floor');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = ':host{all:initial!important;display:block!important}aside{padding:10px 16px;' +
      'font:15px/1.45 system-ui,sans-serif;background:#f3effc;color:#1d1530;border-bottom:3px solid #5b3fa8}p{margin:0}';
    const aside = document.createElement('aside');
    const text = document.createElement('p');
    text.textContent = 'Unofficial guide. GCKey sign-in page. GCKey only checks who you are, then sends you back ' +
      'to the service that asked. It is only the sign-in step: your applications are in your IRCC secure ' +
      'account, not here. Next: use the GCKey username you created before.';
    aside.append(text);
    root.append(style, aside);
    document.documentElement.insertBefore(host, document.body);
  };
  if (document.body) return draw();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    draw();
  });
  observer.observe(document.documentElement, { childList: true });
})();`;

type ContentScript = { matches: string[]; js?: string[]; css?: string[] };

/**
 * Writes an unpacked extension to a new temporary folder and returns its path (the caller deletes it).
 * `baseline`: the measured build's content scripts, each pointing at an empty file (and no style
 * sheets). `floor`: the same, with the banner's script (the one injected on the most pages,
 * `ircc.js` in our build) replaced by FLOOR_SCRIPT.
 * @param measuredDir an unpacked build with a manifest.json declaring content_scripts.
 */
export function generatedExtension(kind: 'baseline' | 'floor', measuredDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ircc-bench-${kind}-`));
  const manifest = JSON.parse(readFileSync(join(measuredDir, 'manifest.json'), 'utf8')) as {
    content_scripts: ContentScript[];
  };
  const scripts = manifest.content_scripts;
  // The banner's script: ircc.js in our build, else the one with the most matches.
  const bannerScript = scripts.some((entry) => entry.js?.includes('ircc.js'))
    ? 'ircc.js'
    : [...scripts].sort((a, b) => b.matches.length - a.matches.length)[0]?.js?.[0];
  writeFileSync(join(dir, 'empty.js'), '');
  if (kind === 'floor') writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT);
  const generated = {
    manifest_version: 3,
    name: kind === 'floor' ? 'Floor (the cheapest banner)' : 'Baseline (empty content scripts)',
    version: '1.0.0',
    ...(kind === 'floor' ? { permissions: ['storage'] } : {}), // the floor reads the settings too
    // Everything but the files: matches, run_at, all_frames…
    // (An entry with style sheets only injects no script: it has no counterpart here.)
    content_scripts: scripts
      .filter(({ js }) => js?.length)
      .map(({ js, css: _css, ...rest }) => ({
        ...rest,
        js: [kind === 'floor' && bannerScript && js?.includes(bannerScript) ? 'floor.js' : 'empty.js'],
      })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(generated));
  return dir;
}
