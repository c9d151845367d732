declare module '*.css?inline' {
  const css: string;
  export default css;
}

// punycode ships no types; the popup uses one function of it (the ESM build, not Node's deprecated core module).
declare module 'punycode/punycode.js' {
  export function toUnicode(domain: string): string;
}

/**
 * Only in the bench's comparison build (`BENCH_TEXT_NAMES=1 wxt build`, scripts/bench.ts): names and
 * banks drawn as plain text, as before the privacy drawing, to measure what that drawing costs. False
 * in every other build, where the minifier drops what depends on it.
 */
declare const __BENCH_TEXT_NAMES__: boolean;
