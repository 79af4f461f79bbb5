import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Pack, PlayError, parsePack, parsePackJson, startJourney, startScenario } from '../src/index';
import { validatePack, validatePackJson } from '../src/validate';
import { edit } from './fixtures/edit';
import { samplePack } from './fixtures/sample-pack';

/**
 * `validatePack`: a pack is valid only when it passes the field rules and the static checks. And every
 * lookup by name uses the pack's own names: an inherited property (`constructor`, `toString`…) is no more
 * declared than any other name the pack does not declare.
 */

const T = { es: 'texto', en: 'text' };
const assessment = { quality: 'best', feedback: T };

/** A small scenario: `ask` → `protect` (protected) or `lose` (harmed). */
function smallPack(nodes?: Record<string, unknown>, scenario: Record<string, unknown> = {}): unknown {
  return {
    format: 'ruta.pack/1',
    id: 'small',
    version: '1.0.0',
    country: 'SV',
    languages: ['es', 'en'],
    title: T,
    description: T,
    authors: [{ name: 'Ruta' }],
    scenarios: [
      {
        id: 'stop',
        title: T,
        summary: T,
        stage: 'identification',
        roles: ['migration-officer'],
        modules: ['M1'],
        competencies: ['recognise-indicators'],
        setting: { environment: 'border-post' },
        variables: { trust: { type: 'number', initial: 0, min: 0, max: 5 } },
        start: 'ask',
        nodes: nodes ?? {
          ask: {
            text: T,
            choices: [
              { id: 'separate', text: T, to: 'protect', assessment },
              { id: 'wave', text: T, to: 'lose', assessment: { ...assessment, quality: 'harmful' } },
            ],
          },
          protect: { text: T, ending: { outcome: 'protected', summary: T } },
          lose: { text: T, ending: { outcome: 'harmed', summary: T } },
        },
        ...scenario,
      },
    ],
  };
}

const ending = (outcome: string) => ({ text: T, ending: { outcome, summary: T } });

describe('validatePack: field rules and static checks', () => {
  it('accepts a valid pack and gives its analysis', () => {
    const checked = validatePack(samplePack);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.id).toBe('sv-sample');
      expect(checked.analysis.scenarios.map((s) => s.scenario)).toEqual(['border-stop', 'shelter-intake']);
    }
    expect(validatePack(smallPack()).ok).toBe(true);
  });

  it('rejects an unreachable node, naming it', () => {
    const pack = smallPack({
      ...(smallPack() as Pack).scenarios[0]?.nodes,
      orphan: ending('partial'),
    });
    expect(parsePack(pack).ok).toBe(true); // the fast reader does not run the static checks
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual([
      expect.objectContaining({
        packId: 'small',
        check: 'unreachable-node',
        scenario: 'stop',
        node: 'orphan',
        path: 'scenarios[0].nodes.orphan',
        message: expect.stringContaining('"orphan"'),
      }),
    ]);
  });

  it('rejects a step that leaves the trainee stuck, naming it', () => {
    const pack = smallPack({
      ask: {
        text: T,
        choices: [
          { id: 'wait', text: T, to: 'stuck', assessment },
          { id: 'separate', text: T, to: 'protect', assessment },
        ],
      },
      stuck: {
        text: T,
        choices: [{ id: 'only', text: T, to: 'protect', when: { var: 'trust', gt: 3 }, assessment }],
      },
      protect: ending('protected'),
    });
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual([
      expect.objectContaining({
        check: 'soft-lock',
        node: 'stuck',
        message: expect.stringContaining('"stuck"'),
      }),
    ]);
  });

  it('rejects a scenario without a reachable protected ending', () => {
    const pack = smallPack({
      ask: { text: T, choices: [{ id: 'wave', text: T, to: 'lose', assessment }] },
      lose: ending('harmed'),
    });
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual([
      expect.objectContaining({ check: 'no-protected-ending', scenario: 'stop', path: 'scenarios[0]' }),
    ]);
  });

  it('reports a scenario whose plays could not all be explored as not shown valid', () => {
    const checked = validatePack(samplePack, { maxStates: 2 });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toContainEqual(
      expect.objectContaining({
        check: 'not-exhaustive',
        scenario: 'border-stop',
        path: 'scenarios[0]',
        message: expect.stringMatching(
          /^the static checks of scenario "border-stop" stopped after \d+ play states \(the limit of states per scenario, maxStates\)/,
        ),
      }),
    );
  });

  it('writes the static checks in the author’s language, at the same paths', () => {
    const pack = smallPack({ ...(smallPack() as Pack).scenarios[0]?.nodes, orphan: ending('partial') });
    const by = (lang: 'es' | 'en' | 'fr') => {
      const checked = validatePack(pack, { lang });
      return checked.ok ? [] : checked.issues;
    };
    const [es, en, fr] = [by('es'), by('en'), by('fr')];
    expect(es.map((i) => i.path)).toEqual(en.map((i) => i.path));
    expect(fr.map((i) => i.path)).toEqual(en.map((i) => i.path));
    expect(es[0]?.message).toMatch(/^el nodo «orphan» es inalcanzable/);
    expect(fr[0]?.message).toMatch(/^le nœud « orphan » est inatteignable/);
  });

  it('reads a file’s text as parsePackJson does', () => {
    expect(validatePackJson(JSON.stringify(samplePack)).ok).toBe(true);
    const broken = validatePackJson('{"format": "ruta.pack/1",', { lang: 'es' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.message).toMatch(/^error de sintaxis JSON en la línea 1/);
  });
});

// ---- Own names only ------------------------------------------------------------------------------

const inherited = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
const border = 'scenarios[0]';
const arrival = `${border}.nodes.arrival`;

/** Where a pack names something by id, and the path the issue is reported at. */
const nameSites: readonly { site: string; at: string; path: string }[] = [
  { site: 'start', at: `${border}.start`, path: `${border}.start` },
  { site: 'choice target', at: `${arrival}.choices[0].to`, path: `${arrival}.choices[0].to` },
  { site: 'timeout target', at: `${arrival}.timeout.to`, path: `${arrival}.timeout.to` },
  {
    site: 'effect variable (add)',
    at: `${arrival}.choices[0].effects[0].add`,
    path: `${arrival}.choices[0].effects[0].add`,
  },
  { site: 'condition variable', at: `${arrival}.choices[0].when`, path: `${arrival}.choices[0].when.var` },
  { site: 'visited node', at: `${arrival}.choices[1].when`, path: `${arrival}.choices[1].when.visited` },
  { site: 'noted indicator', at: `${arrival}.choices[2].when`, path: `${arrival}.choices[2].when.noted` },
  { site: 'present indicator', at: `${arrival}.present[0]`, path: `${arrival}.present[0]` },
  { site: 'speaker', at: `${arrival}.speaker`, path: `${arrival}.speaker` },
  { site: 'journey carry', at: 'journeys[0].carry[0]', path: 'journeys[0].carry[0]' },
  { site: 'journey step', at: 'journeys[0].steps[1]', path: 'journeys[0].steps[1]' },
];

function named(site: (typeof nameSites)[number], name: string): unknown {
  const value =
    site.site === 'condition variable'
      ? { var: name, gt: 1 }
      : site.site === 'visited node'
        ? { visited: name }
        : site.site === 'noted indicator'
          ? { noted: name }
          : name;
  return edit([[site.at, value]]);
}

describe('own names only: inherited property names are undeclared names', () => {
  for (const site of nameSites)
    it(`${site.site} named "constructor" is judged like any undeclared name`, () => {
      const parsed = parsePack(named(site, 'constructor'));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.issues.map((i) => i.path)).toContain(site.path);
      // …with the message an unknown name gets there.
      const unknown = parsePack(named(site, 'nowhere'));
      expect(unknown.ok).toBe(false);
      if (unknown.ok) return;
      const message = parsed.issues.find((i) => i.path === site.path)?.message;
      const expected = unknown.issues.find((i) => i.path === site.path)?.message;
      expect(message).toBe(expected?.replaceAll('nowhere', 'constructor'));
      expect(validatePack(named(site, 'constructor')).ok).toBe(false);
    });

  it('property: no inherited name at any site is accepted, and nothing throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nameSites), fc.constantFrom(...inherited), (site, name) => {
        const parsed = parsePack(named(site, name));
        expect(parsed.ok).toBe(false);
        const checked = validatePack(named(site, name));
        expect(checked.ok).toBe(false);
        // Nothing leaked onto Object.prototype.
        expect(Object.hasOwn(Object.prototype, 'trust')).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('a pack that skipped validation and starts at "constructor" gets a PlayError, not a TypeError', () => {
    const pack = structuredClone(samplePack) as unknown as Pack;
    (pack.scenarios[0] as { start: string }).start = 'constructor';
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fromScenario = thrown(() => startScenario(pack, 'border-stop'));
    expect(fromScenario).toBeInstanceOf(PlayError);
    expect((fromScenario as PlayError).code).toBe('invalid-pack');
    const fromJourney = thrown(() => startJourney(pack, 'ana-case'));
    expect(fromJourney).toBeInstanceOf(PlayError);
    expect((fromJourney as PlayError).code).toBe('invalid-pack');
  });

  it('a pack that skipped validation and leads to a name that is not a node gets a PlayError', () => {
    for (const [at, name] of [
      [`${arrival}.choices[0].to`, 'constructor'],
      [`${arrival}.choices[0].to`, 'toString'],
      [`${arrival}.choices[0].to`, 'nowhere'],
      [`${arrival}.timeout.to`, 'constructor'],
    ] as const) {
      const pack = edit([[at, name]]) as Pack;
      let error: unknown;
      try {
        startScenario(pack, 'border-stop', { timers: false });
      } catch (thrown) {
        error = thrown;
      }
      expect(error, `${at} = ${name}`).toBeInstanceOf(PlayError);
      expect((error as PlayError).code).toBe('invalid-pack');
      expect((error as PlayError).message).toContain(`"${name}"`);
    }
  });

  it('an effect or condition on "constructor" in a pack that skipped validation leaves no NaN', () => {
    const pack = edit([
      [`${arrival}.choices[0].effects`, [{ add: 'constructor', value: 1 }]],
      [`${arrival}.choices[1].when`, { var: 'constructor', eq: 1 }],
    ]) as Pack;
    const play = startScenario(pack, 'border-stop', { timers: false });
    expect(play.choices().map((c) => c.id)).toEqual(['separate', 'detain']);
    play.choose('separate');
    expect(Object.keys(play.variables)).toEqual(['trust', 'interpreter-present']);
    expect(Object.values(play.variables).some((v) => Number.isNaN(v))).toBe(false);
  });
});

/** JSON paths (in `edit`'s notation) of every string of the sample pack outside a Text (names and ids). */
function namePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => namePaths(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => key === 'es' || key === 'en' || key === 'fr')) return [];
  return keys.flatMap((key) =>
    namePaths((value as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`),
  );
}

describe('fuzz: any name replaced by an inherited one', () => {
  const paths = namePaths(samplePack).filter(
    (path) => !/\.(format|version|country|license|citation|name)$/.test(path),
  );

  it('property: a pack the engine accepts plays without a TypeError and leaves no NaN', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom(...inherited),
        fc.array(fc.nat(), { maxLength: 12 }),
        (path, name, picks) => {
          const parsed = parsePack(edit([[path, name]]));
          if (!parsed.ok) return;
          // Accepted (the name sits where any name is allowed): every scenario still plays.
          for (const scenario of parsed.value.scenarios) {
            const play = startScenario(parsed.value, scenario.id, { timers: false });
            for (const pick of picks) {
              const offered = play.choices();
              if (play.done || offered.length === 0) break;
              play.choose((offered[pick % offered.length] as { id: string }).id);
            }
            expect(Object.values(play.variables).some((v) => Number.isNaN(v))).toBe(false);
            expect(Object.keys(play.variables)).toEqual(Object.keys(scenario.variables ?? {}));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('byte-order marks: the CLI and the engine read a file the same way', () => {
  const text = JSON.stringify(samplePack);
  it('one leading byte-order mark is tolerated', () => {
    expect(parsePackJson(`\uFEFF${text}`).ok).toBe(true);
  });
  it('a second one is text before the document: a syntax error at line 1, column 2', () => {
    const parsed = parsePackJson(`\uFEFF\uFEFF${text}`);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      {
        path: '(root)',
        message:
          'JSON syntax error at line 1, column 2: expected a value, found a byte-order mark (U+FEFF; one at the very start is the most a file may have)',
      },
    ]);
  });
});
