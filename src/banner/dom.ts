/** A tiny element builder: text only, never HTML, so nothing the page or storage holds can become markup. */
type Child = Node | string | false | null | undefined;

export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * Any string as a CSS string token (`"…"`), safe to put in a custom property and read back by
 * `content: var(--t)`. Quotes and backslashes are escaped; every control character (newlines
 * included) and anything outside the Basic Multilingual Plane's printable range that a stylesheet
 * could misread becomes a hex escape followed by a space, which CSS reads as one character.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029)
      out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

/**
 * A string the page must not read (a person's name, their bank), drawn as CSS generated content of an
 * element in our closed shadow root: `window.find()` and the page's selection do not reach generated
 * content, while a screen reader reads it (it is in the accessibility tree). The element's class sets
 * its size (one line, fixed width, overflow clipped), so the text's length shows nowhere, and it is
 * isolated for bidi so a right-to-left name cannot reorder the sentence around it.
 * The style sheet must have `.p::before { content: var(--t) }` (banner.css, guards.css).
 */
export function unreadable(text: string, className = 'who'): HTMLElement {
  // The drawing before this one, for the bench's comparison only (never in a build people get).
  if (__BENCH_TEXT_NAMES__) return h('span', { class: className }, text);
  const element = h('span', { class: `p ${className}` });
  element.style.setProperty('--t', cssString(text));
  return element;
}
