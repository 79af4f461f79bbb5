import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEffects,
  type Condition,
  type ConditionState,
  clamp,
  evaluateCondition,
  initialVariables,
  type VariableDeclarations,
} from '../src/index';

const state: ConditionState = {
  variables: { trust: 4, 'interpreter-present': true },
  noted: new Set(['ilo-deception']),
  visited: new Set(['arrival', 'interview']),
};

describe('evaluateCondition', () => {
  const cases: [Condition, boolean][] = [
    [{ var: 'trust', eq: 4 }, true],
    [{ var: 'trust', ne: 4 }, false],
    [{ var: 'trust', lt: 4 }, false],
    [{ var: 'trust', lte: 4 }, true],
    [{ var: 'trust', gt: 3 }, true],
    [{ var: 'trust', gte: 5 }, false],
    [{ var: 'interpreter-present', eq: true }, true],
    [{ var: 'interpreter-present', ne: true }, false],
    [{ noted: 'ilo-deception' }, true],
    [{ noted: 'ilo-isolation' }, false],
    [{ visited: 'interview' }, true],
    [{ visited: 'disclosure' }, false],
    [{ all: [{ var: 'trust', gt: 3 }, { noted: 'ilo-deception' }] }, true],
    [{ all: [{ var: 'trust', gt: 3 }, { noted: 'ilo-isolation' }] }, false],
    [{ any: [{ var: 'trust', gt: 9 }, { visited: 'arrival' }] }, true],
    [{ any: [{ var: 'trust', gt: 9 }, { visited: 'lobby' }] }, false],
    [{ not: { visited: 'lobby' } }, true],
    [{ not: { all: [{ noted: 'ilo-deception' }] } }, false],
  ];
  for (const [condition, expected] of cases) {
    it(`${JSON.stringify(condition)} is ${expected}`, () => {
      expect(evaluateCondition(condition, state)).toBe(expected);
    });
  }

  it('takes the notebook as a predicate (the analysis treats notes as free)', () => {
    const free = { ...state, noted: (id: string) => id.startsWith('ilo-') };
    expect(evaluateCondition({ noted: 'ilo-isolation' }, free)).toBe(true);
    expect(evaluateCondition({ noted: 'child-under-18' }, free)).toBe(false);
  });

  it('compares an absent variable as absent', () => {
    expect(evaluateCondition({ var: 'mood', gt: 0 }, state)).toBe(false);
    expect(evaluateCondition({ var: 'mood', ne: 0 }, state)).toBe(true);
  });
});

const declarations: VariableDeclarations = {
  trust: { type: 'number', initial: 5, min: 0, max: 10 },
  'interpreter-present': { type: 'boolean', initial: false },
};

describe('applyEffects', () => {
  it('applies effects in order and clamps add to [min, max]', () => {
    const start = { trust: 5, 'interpreter-present': false };
    expect(
      applyEffects(
        [
          { add: 'trust', value: 4 },
          { add: 'trust', value: 4 },
          { set: 'interpreter-present', value: true },
        ],
        start,
        declarations,
      ),
    ).toEqual({ trust: 10, 'interpreter-present': true });
    expect(applyEffects([{ add: 'trust', value: -20 }], start, declarations)).toEqual({
      trust: 0,
      'interpreter-present': false,
    });
    expect(
      applyEffects(
        [
          { set: 'trust', value: 2 },
          { add: 'trust', value: 1 },
        ],
        start,
        declarations,
      ).trust,
    ).toBe(3);
  });

  it('never mutates its input, and returns it unchanged when there is nothing to apply', () => {
    const start = Object.freeze({ trust: 5, 'interpreter-present': false });
    expect(applyEffects([{ add: 'trust', value: 1 }], start, declarations)).not.toBe(start);
    expect(start.trust).toBe(5);
    expect(applyEffects(undefined, start, declarations)).toBe(start);
    expect(applyEffects([], start, declarations)).toBe(start);
  });

  it('keeps every number within its range, whatever the effects (property)', () => {
    const effect = fc.oneof(
      fc.record({ add: fc.constant('trust'), value: fc.integer({ min: -50, max: 50 }) }),
      fc.record({ set: fc.constant('trust'), value: fc.integer({ min: 0, max: 10 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.array(effect, { maxLength: 20 }), (trust, effects) => {
        const after = applyEffects(effects, { trust, 'interpreter-present': false }, declarations);
        expect(after.trust).toBeGreaterThanOrEqual(0);
        expect(after.trust).toBeLessThanOrEqual(10);
      }),
    );
  });
});

describe('initialVariables', () => {
  it('starts from the declared values, carried values laid over them and clamped', () => {
    expect(initialVariables(declarations)).toEqual({ trust: 5, 'interpreter-present': false });
    expect(initialVariables(declarations, { trust: 42, 'interpreter-present': true })).toEqual({
      trust: 10,
      'interpreter-present': true,
    });
    expect(clamp(-1, 0, 10)).toBe(0);
  });
});
