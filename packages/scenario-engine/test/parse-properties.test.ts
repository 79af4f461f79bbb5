import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnding, type Pack, parsePack, parsePackJson, replay } from '../src/index';
import { arbitraryPack } from '../src/testing';

/** Property tests of validation over random valid packs (the testing helpers' generator). */

type Mutation = { apply: (pack: Pack) => string | undefined; message: RegExp };

/** Each mutation breaks one rule of the first scenario and returns the path where the issue must be. */
const mutations: Record<string, Mutation> = {
  'a choice leads to a missing node': {
    apply: (pack) => {
      const scenario = pack.scenarios[0];
      for (const [id, node] of Object.entries(scenario?.nodes ?? {})) {
        if (isEnding(node) || node.choices[0] === undefined) continue;
        node.choices[0].to = 'no-such-node';
        return `scenarios[0].nodes.${id}.choices[0].to`;
      }
      return undefined;
    },
    message: /no node "no-such-node"/,
  },
  'the start is missing': {
    apply: (pack) => {
      (pack.scenarios[0] as { start: string }).start = 'no-such-start';
      return 'scenarios[0].start';
    },
    message: /no node "no-such-start"/,
  },
  'a text lacks the first language': {
    apply: (pack) => {
      const lang = pack.languages[0] as 'es' | 'en' | 'fr';
      const title = pack.scenarios[0]?.title as Record<string, string> | undefined;
      if (title === undefined) return undefined;
      delete title[lang];
      return `scenarios[0].title.${lang}`;
    },
    message: /translation/,
  },
  'a scenario id is repeated': {
    apply: (pack) => {
      const first = pack.scenarios[0];
      if (first === undefined) return undefined;
      pack.scenarios.push({ ...first });
      return `scenarios[${pack.scenarios.length - 1}].id`;
    },
    message: /duplicate scenario id/,
  },
};

describe('parsePack over random valid packs', () => {
  it('accepts every generated valid pack, from data and from its JSON text', () => {
    fc.assert(
      fc.property(arbitraryPack(), (pack) => {
        const parsed = parsePack(pack);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        expect(parsePackJson(JSON.stringify(pack)).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  for (const [name, { apply, message }] of Object.entries(mutations)) {
    it(`rejects every generated pack where ${name}, at the exact path`, () => {
      fc.assert(
        fc.property(arbitraryPack(), (generated) => {
          const pack = structuredClone(generated);
          const path = apply(pack);
          fc.pre(path !== undefined);
          const parsed = parsePack(pack);
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          const at = parsed.issues.filter((issue) => issue.path === path);
          expect(at.map((issue) => issue.message).join('\n')).toMatch(message);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('replays an empty event log of every generated scenario to a result at its start', () => {
    fc.assert(
      fc.property(arbitraryPack(), (pack) => {
        for (const scenario of pack.scenarios) {
          const result = replay(pack, scenario.id, []);
          expect(result.path).toEqual([{ node: scenario.start }]);
          expect(result.scores.overall).toBeNull();
        }
      }),
      { numRuns: 30 },
    );
  });
});
