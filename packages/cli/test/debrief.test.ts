import { describe, expect, it } from 'vitest';
import { wrapLines } from '../src/debrief';

describe('wrapLines (interactive play in a terminal)', () => {
  it('wraps long lines at spaces, continuing under the text of a numbered choice', () => {
    const text =
      '  2) Ask her, in front of him, whether she is all right and works for him of her own free will.';
    const wrapped = wrapLines(text, 40).split('\n');
    expect(wrapped).toEqual([
      '  2) Ask her, in front of him, whether',
      '     she is all right and works for him',
      '     of her own free will.',
    ]);
    expect(wrapped.every((line) => line.length <= 40)).toBe(true);
    expect(wrapped.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('leaves short lines and blank lines alone, and never breaks a word longer than the width', () => {
    expect(wrapLines('short\n\n  also short', 40)).toBe('short\n\n  also short');
    expect(wrapLines('see https://example.org/a/very/long/address/that/does/not/fit', 20)).toBe(
      'see\nhttps://example.org/a/very/long/address/that/does/not/fit',
    );
  });
});
