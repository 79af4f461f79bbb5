import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema } from '../src/compiled-schema';
import { guardInput, maxDepth, maxStringLength } from '../src/guard';
import { parsePack } from '../src/index';
import { Pack } from '../src/schema';
import { arbitraryPack } from '../src/testing';
import { samplePack } from './fixtures/sample-pack';

/**
 * The fast path of `parsePack` is compiled from the zod schema. Its contract: whenever it returns a value,
 * zod accepts the input with an equal value (same keys in the same order, strings trimmed) and the guard
 * finds nothing; otherwise it gives up and zod reports the issues.
 */

const fastPack = compileSchema(Pack);

/** Asserts the contract on one input; returns whether the fast path answered. */
function agreesWithZod(input: unknown): boolean {
  const fast = fastPack(input);
  if (fast === undefined) return false;
  const zod = Pack.safeParse(input);
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(zod.data));
  expect(fast.value).toEqual(zod.data);
  expect(guardInput(input)).toEqual([]);
  return true;
}

type Container = Record<string, unknown> | unknown[];

/** Every object and array inside a value, with the value itself. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value as Container);
  for (const child of Object.values(value)) containers(child, out);
  return out;
}

const oddValues = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    '   ',
    'Not Kebab',
    'x'.repeat(65),
    -1,
    0,
    0.5,
    1e21,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    null,
    undefined,
    {},
    [],
    [{}],
    { es: '' },
    { es: 'texto', de: 'Text' },
    { noted: 'ilo-deception', visited: 'start' },
    { var: 'trust' },
    { set: 'trust', add: 'trust', value: 1 },
    { choices: [], ending: {} },
  ),
  fc.anything(),
);

/** One random edit of a valid pack: replace a value, delete a key, or add an unknown key. */
const editedPack = fc
  .tuple(arbitraryPack(), fc.nat(), fc.string({ maxLength: 3 }), fc.nat(), fc.nat({ max: 2 }), oddValues)
  .map(([generated, at, key, pick, kind, odd]) => {
    const pack = structuredClone(generated) as unknown;
    const all = containers(pack);
    const target = all[at % all.length] as Container;
    const keys = Object.keys(target);
    const chosen = keys[pick % Math.max(keys.length, 1)];
    if (kind === 0 && chosen !== undefined) (target as Record<string, unknown>)[chosen] = odd;
    else if (kind === 1 && chosen !== undefined) delete (target as Record<string, unknown>)[chosen];
    else (target as Record<string, unknown>)[key] = odd;
    return pack;
  });

describe('the compiled pack schema', () => {
  it('answers for the sample pack and for every generated valid pack, with zod’s own output', () => {
    expect(agreesWithZod(samplePack)).toBe(true);
    fc.assert(
      fc.property(arbitraryPack(), (pack) => {
        expect(agreesWithZod(pack)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never accepts what zod or the guard refuses, whatever one edit does to a valid pack', () => {
    let refused = 0;
    fc.assert(
      fc.property(editedPack, (pack) => {
        if (!agreesWithZod(pack)) refused++;
      }),
      { numRuns: 400 },
    );
    // The edits mostly break the pack: the fast path must have given up on them.
    expect(refused).toBeGreaterThan(100);
  });

  it('counts the keys of the objects it walks (what parsePackJson compares with the keys written)', () => {
    const strict = compileSchema(
      z.strictObject({ a: z.record(z.string(), z.number()), b: z.array(z.strictObject({ c: z.string() })) }),
    );
    expect(strict({ a: { x: 1, y: 2 }, b: [{ c: 'd' }, { c: 'e' }] })?.keys).toBe(6);
    const union = compileSchema(
      z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() })]),
    );
    // The first branch fails after looking at the object; only the matching branch's keys count.
    expect(union({ b: 'x' })?.keys).toBe(1);
  });

  it('trims texts as the schema does and rebuilds objects in the schema’s key order', () => {
    const pack = structuredClone(samplePack) as Record<string, unknown>;
    pack.title = { en: '  Sample pack  ', es: 'Paquete de ejemplo\n' };
    const { format, ...rest } = pack;
    const reordered = { ...rest, format };
    const fast = fastPack(reordered);
    expect(fast).toBeDefined();
    const value = fast?.value as Record<string, unknown>;
    expect(value.title).toEqual({ en: 'Sample pack', es: 'Paquete de ejemplo' });
    expect(Object.keys(value)[0]).toBe('format');
    expect(agreesWithZod(reordered)).toBe(true);
  });

  it('gives up on what only the guard refuses, and parsePack still reports the guard’s issue', () => {
    const scenario = samplePack.scenarios[0];
    const nodes: Record<string, Record<string, unknown>> = scenario.nodes;
    const firstNodeId = 'arrival';
    const withNodes = (nodes: Record<string, unknown>) => ({
      ...samplePack,
      scenarios: [{ ...scenario, nodes }, ...samplePack.scenarios.slice(1)],
    });
    const constructorNode = withNodes({ ...nodes, constructor: nodes[firstNodeId] });
    const longText = withNodes({
      ...nodes,
      [firstNodeId]: {
        ...nodes[firstNodeId],
        text: { es: 'a'.repeat(maxStringLength + 1), en: 'a' },
      },
    });
    let deep: Record<string, unknown> = { noted: 'ilo-deception' };
    for (let i = 0; i < maxDepth; i++) deep = { not: deep };
    const firstStep = nodes[firstNodeId] as { choices: Record<string, unknown>[] };
    const deepCondition = withNodes({
      ...nodes,
      [firstNodeId]: {
        ...firstStep,
        choices: [{ ...firstStep.choices[0], when: deep }, ...firstStep.choices.slice(1)],
      },
    });
    class Author {
      name = 'Ruta engine team';
    }
    const classInstance = { ...samplePack, authors: [new Author()] };
    for (const [input, message] of [
      [constructorNode, /the key "constructor" is not allowed/],
      [longText, /too long/],
      [deepCondition, /nested more than/],
      [classInstance, /plain object/],
    ] as const) {
      expect(fastPack(input)).toBeUndefined();
      const parsed = parsePack(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.message).join('\n')).toMatch(message);
    }
  });

  it('gives up on a property that throws when read, on symbol keys and on an optional field set to undefined', () => {
    const throwing = { ...samplePack };
    Object.defineProperty(throwing, 'license', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(fastPack(throwing)).toBeUndefined();
    const symbolKey = { ...samplePack, title: { ...samplePack.title, [Symbol('x')]: 'x' } };
    expect(fastPack(symbolKey)).toBeUndefined();
    expect(Pack.safeParse(symbolKey).success).toBe(false);
    // zod reads a field an object inherits (`"license" in pack`); the guard does not look at it.
    const { license: _license, ...unlicensed } = samplePack;
    const inheriting = Object.assign(
      Object.create(Object.create(null, { license: { value: 'MIT', enumerable: true } })),
      unlicensed,
    );
    expect(fastPack(inheriting)).toBeUndefined();
    const undefinedLicense = { ...samplePack, license: undefined };
    expect(fastPack(undefinedLicense)).toBeUndefined();
    expect(parsePack(undefinedLicense).ok).toBe(true);
  });

  it('gives up on schema features it was not taught (refinements, transforms, non-strict objects)', () => {
    const refined = compileSchema(z.string().refine((value) => value.startsWith('a')));
    expect(refined('abc')).toBeUndefined();
    const transformed = compileSchema(z.string().transform((value) => value.length));
    expect(transformed('abc')).toBeUndefined();
    const stripping = compileSchema(z.object({ a: z.string() }));
    expect(stripping({ a: 'x', b: 1 })).toBeUndefined();
    const strict = compileSchema(
      z.strictObject({ a: z.string().trim().min(1), n: z.number().int().min(0).optional() }),
    );
    expect(strict({ a: ' x ', n: 2 })?.value).toEqual({ a: 'x', n: 2 });
    expect(strict({ a: ' x ', n: 2.5 })).toBeUndefined();
    expect(strict({ a: '   ' })).toBeUndefined();
  });
});
