import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/freeze';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and returns the same value', () => {
    const data = { a: [{ b: 1 }], c: { d: 'x' } };
    expect(deepFreeze(data)).toBe(data);
    expect(Object.isFrozen(data.a)).toBe(true);
    expect(Object.isFrozen(data.a[0])).toBe(true);
    expect(Object.isFrozen(data.c)).toBe(true);
    expect(() => data.a.push({ b: 2 })).toThrow(TypeError);
  });

  it('leaves primitives and null alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
