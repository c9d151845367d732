// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cssString, unreadable } from './dom';

describe('cssString', () => {
  it('quotes, and escapes what would end or break a CSS string', () => {
    expect(cssString('Zoë')).toBe('"Zoë"');
    expect(cssString('say "hi"')).toBe('"say \\"hi\\""');
    expect(cssString('back\\slash')).toBe('"back\\\\slash"');
    expect(cssString('two\nlines\r\f')).toBe('"two\\a lines\\d \\c "');
    expect(cssString('tab\there')).toBe('"tab\\9 here"');
    expect(cssString('\u0000\u007f\u0085\u2028')).toBe('"\\0 \\7f \\85 \\2028 "');
    expect(cssString('')).toBe('""');
  });

  it('keeps any other character as it is, right-to-left and astral ones included', () => {
    expect(cssString('مريم 😀 Ñ')).toBe('"مريم 😀 Ñ"');
  });

  it('never lets a string close early, whatever it holds', () => {
    for (const nasty of ['";} body{display:none} .x{content:"', '\\";x', '"\n"', '\\\\"', 'a\\']) {
      const token = cssString(nasty);
      // Inside the quotes, every quote is escaped by an odd run of backslashes.
      const inner = token.slice(1, -1);
      for (const match of inner.matchAll(/(\\*)"/g)) expect(match[1]!.length % 2).toBe(1);
      expect(inner.endsWith('\\') && !/(^|[^\\])(\\\\)*$/.test(inner)).toBe(false);
      expect(inner).not.toMatch(/[\n\r\f]/);
    }
  });
});

describe('unreadable', () => {
  it('holds its text only in a custom property of its own style, not as text', () => {
    const element = unreadable('Zoë Kowalczyk-Nguyen');
    expect(element.textContent).toBe('');
    expect(element.style.getPropertyValue('--t')).toBe('"Zoë Kowalczyk-Nguyen"');
    expect(element.className).toBe('p who');
  });
});
