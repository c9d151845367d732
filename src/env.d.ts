declare module '*.css?inline' {
  const css: string;
  export default css;
}

// punycode ships no types; the popup uses one function of it (the ESM build, not Node's deprecated core module).
declare module 'punycode/punycode.js' {
  export function toUnicode(domain: string): string;
}
