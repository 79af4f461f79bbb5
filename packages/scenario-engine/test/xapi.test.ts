import { describe, expect, it } from 'vitest';
import { replay } from '../src/replay';
import type { Node } from '../src/schema';
import {
  cmi5Category,
  cmi5MoveOnCategory,
  cmi5SessionExtension,
  statementNamespace,
  toXapiStatements,
  uuidV5,
  XapiStatement,
} from '../src/xapi';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

const nodes: Record<string, Node> = {
  s: step([choice('x', 'a', 'best'), choice('y', 'b', 'harmful', { referral: 'police-unit' })], {
    timeoutTo: 'e2',
  }),
  a: step([choice('p', 'e1', 'good'), choice('q', 'b', 'poor')]),
  b: step([choice('r', 'e1', 'best'), choice('t', 'e3', 'harmful')]),
  e1: ending('protected'),
  e2: ending('partial'),
  e3: ending('harmed'),
};
const played = pack([scenario('worked', nodes)], {
  languages: ['en'],
  referrals: [{ id: 'police-unit', kind: 'police', name: { en: 'Anti-trafficking police unit' } }],
});
const choose = (...ids: string[]) => ids.map((choiceId) => ({ type: 'CHOOSE' as const, choiceId }));

const registration = '6f1c7a52-2d1e-4c55-9f8e-3b2a1d0c9e87';
const actor = { homePage: 'https://lms.example.org', name: 'officer-0042' };
const base = 'https://w3id.org/ruta/xapi/packs/analysis-test/scenarios/worked';
const verbIds = (statements: XapiStatement[]) => statements.map((s) => s.verb.id.replace(/^.*\//, ''));

describe('statement ids (name-based UUIDs, browser-safe)', () => {
  it('match RFC 9562 and give a stable namespace for statements', () => {
    // RFC 9562 appendix: the name "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(statementNamespace).toBe('a9afcdb1-fbc4-5165-8d95-1c273785382b');
  });
});

describe('toXapiStatements', () => {
  const result = replay(played, 'worked', choose('x', 'p'));
  const statements = toXapiStatements(result, {
    actor,
    registration,
    timestamp: '2026-11-28T10:00:00.000Z',
  });

  it('produces launched, one answered per choice, completed and passed, all valid xAPI', () => {
    expect(verbIds(statements)).toEqual(['launched', 'answered', 'answered', 'completed', 'passed']);
    for (const statement of statements) expect(XapiStatement.parse(statement)).toEqual(statement);
    expect(statements[0]!.verb).toEqual({
      id: 'http://adlnet.gov/expapi/verbs/launched',
      display: { 'en-US': 'launched', es: 'inició', fr: 'a lancé' },
    });
    expect(statements[0]!.actor).toEqual({ objectType: 'Agent', account: actor });
  });

  it('uses deterministic statement ids (UUID v5 of registration, scenario and position)', () => {
    expect(statements.map((s) => s.id)).toEqual([
      'ee5e0c62-f593-5157-9d03-977cd5b0b1ac',
      '404e4c74-f7f0-544a-be26-4dbef2141334',
      'bb34ef48-c370-57f5-9099-5d36b14c235e',
      'ac283aab-71e4-54df-864c-39998d98626d',
      'fb9f250c-1335-51cb-8906-115151d64bfe',
    ]);
    const again = toXapiStatements(result, { actor, registration, timestamp: '2026-11-28T10:00:00.000Z' });
    expect(again).toEqual(statements);
    const other = toXapiStatements(result, { actor, registration: '0e0c2a5e-3a6f-4b7e-9a51-6f0d7b1c2d3e' });
    expect(other.map((s) => s.id).some((id) => statements.some((s) => s.id === id))).toBe(false);
  });

  it('names the choice as activity, with the scenario as parent and the pack as grouping', () => {
    const first = statements[1]!;
    expect(first.object).toEqual({
      objectType: 'Activity',
      id: `${base}/nodes/s/choices/x`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/interaction',
        name: { en: 'Choose x' },
      },
    });
    expect(first.result).toEqual({
      score: { scaled: 1, raw: 1, min: 0, max: 1 },
      response: 'x',
      extensions: { 'https://w3id.org/ruta/xapi/extensions/quality': 'best' },
    });
    expect(first.context?.registration).toBe(registration);
    expect(first.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([base]);
    expect(first.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([
      'https://w3id.org/ruta/xapi/packs/analysis-test',
    ]);
    expect(first.context?.contextActivities?.other?.map((a) => a.id)).toEqual([`${base}/nodes/s`]);
    expect(first.context?.contextActivities?.category).toBeUndefined();
    expect(statements[2]!.result?.score?.scaled).toBe(0.7);
  });

  it('scores the end: completed with the outcome, passed with the overall score', () => {
    expect(statements[3]!.result).toEqual({
      completion: true,
      extensions: { 'https://w3id.org/ruta/xapi/extensions/outcome': 'protected' },
    });
    expect(statements[4]!.result).toEqual({
      score: { scaled: 0.85, raw: 0.85, min: 0, max: 1 },
      success: true,
    });
    expect(statements[4]!.object.id).toBe(base);
  });

  it('fails a play that ends harmed, or protected below the threshold', () => {
    const harmed = toXapiStatements(replay(played, 'worked', choose('y', 't')), { actor, registration });
    expect(verbIds(harmed)).toEqual(['launched', 'answered', 'answered', 'completed', 'failed']);
    expect(harmed[4]!.result).toEqual({ score: { scaled: 0, raw: 0, min: 0, max: 1 }, success: false });
    expect(harmed[1]!.result?.extensions).toEqual({
      'https://w3id.org/ruta/xapi/extensions/quality': 'harmful',
      'https://w3id.org/ruta/xapi/extensions/referral': 'police-unit',
    });
    const strict = toXapiStatements(result, { actor, registration, passThreshold: 0.9 });
    expect(verbIds(strict).at(-1)).toBe('failed');
    const lenient = toXapiStatements(replay(played, 'worked', choose('y', 'r')), {
      actor,
      registration,
      passThreshold: 0.5,
    });
    expect(verbIds(lenient).at(-1)).toBe('passed');
  });

  it('sends only what happened for an unfinished play', () => {
    const unfinished = toXapiStatements(replay(played, 'worked', choose('x')), { actor, registration });
    expect(verbIds(unfinished)).toEqual(['launched', 'answered']);
  });

  it('follows cmi5: initialized … terminated, categories, session id and the AU as object', () => {
    const au = 'https://lms.example.org/courses/ruta/au/worked';
    const cmi5 = toXapiStatements(result, {
      actor,
      registration,
      durationSeconds: 312.5,
      cmi5: { sessionId: 'session-17', activityId: au, masteryScore: 0.8 },
    });
    for (const statement of cmi5) expect(XapiStatement.parse(statement)).toEqual(statement);
    expect(verbIds(cmi5)).toEqual([
      'initialized',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    const categories = cmi5.map((s) => (s.context?.contextActivities?.category ?? []).map((a) => a.id));
    expect(categories).toEqual([
      [cmi5Category],
      [],
      [],
      [cmi5Category, cmi5MoveOnCategory],
      [cmi5Category, cmi5MoveOnCategory],
      [cmi5Category],
    ]);
    for (const statement of cmi5)
      expect(statement.context?.extensions?.[cmi5SessionExtension]).toBe('session-17');
    expect(
      cmi5.filter((s) => s.verb.id.endsWith('answered')).every((s) => s.object.id.startsWith(base)),
    ).toBe(true);
    expect(cmi5.filter((s) => !s.verb.id.endsWith('answered')).map((s) => s.object.id)).toEqual([
      au,
      au,
      au,
      au,
    ]);
    expect(cmi5[4]!.result).toEqual({
      score: { scaled: 0.85, raw: 0.85, min: 0, max: 1 },
      success: true,
      duration: 'PT312.5S',
    });
    expect(cmi5[4]!.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
      0.8,
    );
    // The mastery score decides: 0.85 < 0.9 fails.
    const mastered = toXapiStatements(result, {
      actor,
      registration,
      cmi5: { sessionId: 's', masteryScore: 0.9 },
    });
    expect(verbIds(mastered)).toContain('failed');
    // The launch data's context template (the publisher id in grouping) is added to every statement.
    const publisher = { objectType: 'Activity' as const, id: 'https://lms.example.org/publishers/iom-sv' };
    const templated = toXapiStatements(result, {
      actor,
      registration,
      cmi5: {
        sessionId: 'session-17',
        contextTemplate: {
          contextActivities: { grouping: [publisher] },
          extensions: { [cmi5SessionExtension]: 'session-17' },
        },
      },
    });
    for (const statement of templated) {
      expect(XapiStatement.parse(statement)).toEqual(statement);
      expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).toContain(publisher.id);
      expect(statement.context?.extensions?.[cmi5SessionExtension]).toBe('session-17');
    }
    // Sessions keep their statements apart.
    const otherSession = toXapiStatements(result, { actor, registration, cmi5: { sessionId: 'session-18' } });
    expect(otherSession[0]!.id).not.toBe(cmi5[0]!.id);
  });

  it('stamps statements in order from the start time, or with a clock', () => {
    expect(statements.map((s) => s.timestamp)).toEqual([
      '2026-11-28T10:00:00.000Z',
      '2026-11-28T10:00:00.001Z',
      '2026-11-28T10:00:00.002Z',
      '2026-11-28T10:00:00.003Z',
      '2026-11-28T10:00:00.004Z',
    ]);
    const clocked = toXapiStatements(result, {
      actor,
      registration,
      clock: (index) => new Date(Date.UTC(2026, 10, 28, 10, index)),
    });
    expect(clocked.map((s) => s.timestamp.slice(11, 16))).toEqual([
      '10:00',
      '10:01',
      '10:02',
      '10:03',
      '10:04',
    ]);
  });

  it('adds names and descriptions from the pack, in the languages asked for', () => {
    const trilingual = pack([scenario('worked', nodes)], { languages: ['es', 'en', 'fr'] });
    const localized = toXapiStatements(result, { actor, registration, pack: trilingual, lang: ['es', 'en'] });
    expect(localized[0]!.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/simulation',
      name: { en: 'Scenario worked' },
      description: { en: 'A test scenario' },
    });
    expect(localized[1]!.object.definition?.description).toEqual({ en: 'A step' });
    expect(localized[1]!.context?.contextActivities?.grouping?.[0]?.definition?.name).toEqual({
      en: 'Analysis test pack',
    });
    const spanishOnly = toXapiStatements(result, { actor, registration, pack: trilingual, lang: 'es' });
    expect(spanishOnly[0]!.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/simulation',
    });
  });

  it('rejects invalid options with an error naming the option', () => {
    expect(() => toXapiStatements(result, { actor, registration: 'not-a-uuid' })).toThrow(/registration/);
    expect(() => toXapiStatements(result, { actor: { homePage: 'lms', name: 'x' } })).toThrow(
      /actor\.homePage/,
    );
    expect(() => toXapiStatements(result, { actor, activityBase: 'no scheme' })).toThrow(/activityBase/);
    expect(() => toXapiStatements(result, { actor, passThreshold: 2 })).toThrow(/passThreshold/);
    expect(() => toXapiStatements(result, { actor, timestamp: 'yesterday' })).toThrow(/timestamp/);
    expect(() => toXapiStatements(result, { actor, durationSeconds: -3 })).toThrow(/durationSeconds/);
    expect(() => toXapiStatements(result, { actor, cmi5: { sessionId: 's', masteryScore: 80 } })).toThrow(
      /cmi5\.masteryScore/,
    );
    expect(() => toXapiStatements(result, { actor, cmi5: { sessionId: '' } })).toThrow(/cmi5\.sessionId/);
    expect(() => toXapiStatements(result, { actor, pack: { ...played, id: 'other-pack' } })).toThrow(
      /pack: the result is of pack "analysis-test"/,
    );
  });

  it('generates a fresh registration when none is given', () => {
    const a = toXapiStatements(result, { actor });
    const b = toXapiStatements(result, { actor });
    expect(a[0]!.context?.registration).not.toBe(b[0]!.context?.registration);
    expect(XapiStatement.parse(a[0])).toEqual(a[0]);
  });
});

describe('XapiStatement schema', () => {
  it('rejects what an LRS would reject', () => {
    const [valid] = toXapiStatements(replay(played, 'worked', choose('x', 'p')), { actor, registration });
    expect(XapiStatement.safeParse(valid).success).toBe(true);
    expect(XapiStatement.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...valid, id: 'not-a-uuid' }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...valid, result: { score: { scaled: 1.5 } } }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...valid, result: { score: { raw: 2, min: 0, max: 1 } } }).success).toBe(
      false,
    );
    expect(XapiStatement.safeParse({ ...valid, result: { duration: '5 minutes' } }).success).toBe(false);
    expect(
      XapiStatement.safeParse({ ...valid, object: { ...valid!.object, id: 'relative/path' } }).success,
    ).toBe(false);
  });
});
