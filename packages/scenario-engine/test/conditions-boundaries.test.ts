import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import { type Condition, evaluateCondition } from '../src/index';
import { startScenario } from '../src/play';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

/**
 * Every comparison at, below and above its value, and on an absent variable, with the expected answers
 * written out: turning `gt` into `gte` (or any operator into a neighbour) fails here.
 */

type Operator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

// trust 4 (below 5), 5 (at), 6 (above), and a variable that is not there.
const table: Record<Operator, { below: boolean; at: boolean; above: boolean; absent: boolean }> = {
  eq: { below: false, at: true, above: false, absent: false },
  ne: { below: true, at: false, above: true, absent: true },
  lt: { below: true, at: false, above: false, absent: false },
  lte: { below: true, at: true, above: false, absent: false },
  gt: { below: false, at: false, above: true, absent: false },
  gte: { below: false, at: true, above: true, absent: false },
};

const evaluate = (condition: Condition, variables: Record<string, number | boolean>) =>
  evaluateCondition(condition, { variables, noted: new Set(), visited: new Set() });

describe('evaluateCondition at the boundaries', () => {
  for (const [op, expected] of Object.entries(table) as [Operator, (typeof table)[Operator]][]) {
    it(`trust ${op} 5: below, at, above, absent`, () => {
      const condition = { var: 'trust', [op]: 5 } as Condition;
      expect({
        below: evaluate(condition, { trust: 4 }),
        at: evaluate(condition, { trust: 5 }),
        above: evaluate(condition, { trust: 6 }),
        absent: evaluate(condition, { other: 5 }),
      }).toEqual(expected);
    });
  }

  it('compares at fractional and negative boundaries the same way', () => {
    expect(evaluate({ var: 'x', gt: -0.5 }, { x: -0.5 })).toBe(false);
    expect(evaluate({ var: 'x', gte: -0.5 }, { x: -0.5 })).toBe(true);
    expect(evaluate({ var: 'x', lt: 0.25 }, { x: 0.25 })).toBe(false);
    expect(evaluate({ var: 'x', lte: 0.25 }, { x: 0.25 })).toBe(true);
  });

  it('compares booleans with eq and ne only by value, and an absent boolean as absent', () => {
    expect(evaluate({ var: 'consent', eq: true }, { consent: true })).toBe(true);
    expect(evaluate({ var: 'consent', eq: true }, { consent: false })).toBe(false);
    expect(evaluate({ var: 'consent', eq: false }, { consent: false })).toBe(true);
    expect(evaluate({ var: 'consent', ne: true }, { consent: false })).toBe(true);
    expect(evaluate({ var: 'consent', ne: true }, { consent: true })).toBe(false);
    expect(evaluate({ var: 'consent', eq: false }, {})).toBe(false);
    expect(evaluate({ var: 'consent', ne: false }, {})).toBe(true);
    // A boolean is not a number: no order comparison holds for it.
    expect(evaluate({ var: 'consent', gte: 0 }, { consent: true })).toBe(false);
  });

  it('does not take an inherited property for a variable', () => {
    expect(evaluate({ var: 'constructor', ne: 1 }, {})).toBe(true);
    expect(evaluate({ var: 'toString', gte: 0 }, {})).toBe(false);
  });
});

describe('the boundaries in play and in the analysis', () => {
  // One step, trust 0…4; each comparison with 2 guards a choice to an ending of its own.
  const operators: Operator[] = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];
  const built = (initial: number) =>
    pack([
      scenario(
        'gate',
        {
          gate: step([
            ...operators.map((op) =>
              choice(`when-${op}`, `after-${op}`, 'best', { when: { var: 'trust', [op]: 2 } as Condition }),
            ),
            choice('leave', 'left', 'poor'),
          ]),
          ...Object.fromEntries(operators.map((op) => [`after-${op}`, ending('protected')])),
          left: ending('partial'),
        },
        { start: 'gate', variables: { trust: { type: 'number', initial, min: 0, max: 4 } } },
      ),
    ]);

  it('play offers exactly the choices whose comparison holds, below, at and above', () => {
    const offered = (initial: number) =>
      startScenario(built(initial), 'gate')
        .choices()
        .map((c) => c.id);
    expect(offered(1)).toEqual(['when-ne', 'when-lt', 'when-lte', 'leave']);
    expect(offered(2)).toEqual(['when-eq', 'when-lte', 'when-gte', 'leave']);
    expect(offered(3)).toEqual(['when-ne', 'when-gt', 'when-gte', 'leave']);
  });

  it('the analysis reaches exactly the endings of those choices', () => {
    const reached = (initial: number) =>
      analyzePack(built(initial)).scenarios[0]!.metrics.reachableEndings.map((e) => e.node);
    expect(reached(1)).toEqual(['after-ne', 'after-lt', 'after-lte', 'left']);
    expect(reached(2)).toEqual(['after-eq', 'after-lte', 'after-gte', 'left']);
    expect(reached(3)).toEqual(['after-ne', 'after-gt', 'after-gte', 'left']);
  });
});
