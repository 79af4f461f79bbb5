import { describe, expect, it } from 'vitest';
import {
  identificationScore,
  type PlayResult,
  qualityPoints,
  startScenario,
  summarizeResults,
} from '../src/index';
import { pack } from './fixtures/parsed-sample';

function play(events: string[], scenario = 'border-stop'): PlayResult {
  const p = startScenario(pack, scenario, { timers: false });
  for (const code of events) {
    const [kind, id = ''] = code.split(':');
    if (kind === 'c') p.choose(id);
    else if (kind === 'n') p.note(id);
    else if (kind === 'u') p.unnote(id);
    else p.timeout();
  }
  return p.result();
}

describe('quality points', () => {
  it('are best 1, good 0.7, poor 0.3, harmful 0', () => {
    expect(qualityPoints).toEqual({ best: 1, good: 0.7, poor: 0.3, harmful: 0 });
  });
});

describe('a play that goes wrong (hand-computed)', () => {
  // arrival --timeout--> escort-answers --separate-late (good)--> private-room --escort-interprets (harmful)-->
  // interview --press-details (poor)--> shutdown --release (harmful)--> released (harmed)
  const result = play([
    'n:accompanied-controlled',
    't',
    'n:coached-story',
    'n:ilo-isolation',
    'c:separate-late',
    'c:escort-interprets',
    'c:press-details',
    'c:release',
  ]);

  it('records the path, with the timeout marked, and the ending', () => {
    expect(result.path).toEqual([
      { node: 'arrival', timeout: true },
      { node: 'escort-answers', choice: 'separate-late' },
      { node: 'private-room', choice: 'escort-interprets' },
      { node: 'interview', choice: 'press-details' },
      { node: 'shutdown', choice: 'release' },
      { node: 'released' },
    ]);
    expect(result.complete).toBe(true);
    expect(result.ending).toEqual({ node: 'released', outcome: 'harmed' });
  });

  it('ends with the variables the effects left: 5 +1 -3 -2 = 1', () => {
    expect(result.variables).toEqual({ trust: 1, 'interpreter-present': false });
  });

  it('lists the harmful choices and no referral', () => {
    expect(result.harmful).toEqual([
      { node: 'private-room', choice: 'escort-interprets' },
      { node: 'shutdown', choice: 'release' },
    ]);
    expect(result.referrals).toEqual([]);
  });

  it('scores overall as the mean of the choices made, timeouts excluded: (0.7 + 0 + 0.3 + 0) / 4', () => {
    expect(result.scores.overall).toBeCloseTo(0.25, 10);
  });

  it('scores each competency as the weighted mean of its choices', () => {
    expect(result.scores.competencies).toEqual({
      'recognise-indicators': expect.closeTo((0.7 * 1 + 0 * 1) / 2, 10),
      'work-with-interpreters': 0,
      'trauma-informed-interviewing': expect.closeTo(0.3, 10),
    });
  });

  it('scores identification against every indicator present on the visited nodes: 2 / (2 + 4 + 1)', () => {
    expect(result.notebook).toEqual(['accompanied-controlled', 'coached-story', 'ilo-isolation']);
    expect(result.scores.identification).toEqual({
      truePositives: ['accompanied-controlled', 'coached-story'],
      missed: ['ilo-retention-of-documents', 'child-under-18', 'ilo-deception', 'ilo-debt-bondage'],
      falseNotes: ['ilo-isolation'],
      score: 2 / 7,
    });
  });

  it('counts the principles broken by poor and harmful choices', () => {
    expect(result.principles).toEqual({
      'qualified-interpreter': { upheld: 0, broken: 1 },
      'trauma-informed': { upheld: 0, broken: 1 },
      'do-no-harm': { upheld: 0, broken: 1 },
    });
  });

  it('debriefs every decision with the best choice offered at that moment', () => {
    expect(result.decisions.map((d) => [d.node, d.made.choice, d.best.choice])).toEqual([
      ['escort-answers', 'separate-late', 'separate-late'],
      ['private-room', 'escort-interprets', 'call-interpreter'],
      // trust 3 and no note of child-under-18: only press-details was offered
      ['interview', 'press-details', 'press-details'],
      // trust 1 and no interpreter: slow-down was not offered
      ['shutdown', 'release', 'release'],
    ]);
    const privateRoom = result.decisions[1];
    expect(privateRoom?.made).toMatchObject({
      quality: 'harmful',
      points: 0,
      feedback: { en: 'The suspected trafficker cannot interpret.' },
      principles: ['qualified-interpreter'],
    });
    expect(privateRoom?.best).toMatchObject({
      quality: 'best',
      points: 1,
      principles: ['qualified-interpreter'],
    });
  });

  it('keeps the event log that produced it', () => {
    expect(result.events).toHaveLength(8);
    expect(result.events[1]).toEqual({ type: 'TIMEOUT' });
  });
});

describe('a play that protects (hand-computed)', () => {
  const result = play(['c:separate', 'n:child-under-18', 'c:call-interpreter', 'c:refer-child-protection']);

  it('reaches the protected ending with the referral made', () => {
    expect(result.ending).toEqual({ node: 'child-protected', outcome: 'protected' });
    expect(result.referrals).toEqual(['conna']);
    expect(result.harmful).toEqual([]);
  });

  it('scores 1 overall and 1 for every competency assessed', () => {
    expect(result.scores.overall).toBe(1);
    expect(result.scores.competencies).toEqual({
      'recognise-indicators': 1,
      'trauma-informed-interviewing': 1,
      'work-with-interpreters': 1,
      'child-protection': 1,
      'refer-to-services': 1,
    });
  });

  it('cites the references of the choices in the debrief', () => {
    expect(result.decisions[2]?.made.references).toEqual(['palermo-art-3']);
    expect(result.decisions[2]?.made.referral).toBe('conna');
  });

  it('tallies principles upheld', () => {
    expect(result.principles['best-interests-of-child']).toEqual({ upheld: 1, broken: 0 });
    expect(result.principles['do-no-harm']).toEqual({ upheld: 1, broken: 0 });
  });
});

describe('scores with nothing to score', () => {
  it('has no overall score before any choice, and no identification score when nothing is present or noted', () => {
    const result = play([], 'shelter-intake');
    expect(result.complete).toBe(false);
    expect(result.ending).toBeUndefined();
    expect(result.path).toEqual([{ node: 'intake' }]);
    expect(result.scores.overall).toBeNull();
    expect(result.scores.competencies).toEqual({});
    expect(result.scores.identification.score).toBeNull();
  });

  it('scores a note where nothing is present as a false note (score 0)', () => {
    const result = play(['n:ilo-debt-bondage'], 'shelter-intake');
    expect(result.scores.identification).toEqual({
      truePositives: [],
      missed: [],
      falseNotes: ['ilo-debt-bondage'],
      score: 0,
    });
  });

  it('clamps variables during play: 5 -4 +1 -3 stays at 0', () => {
    expect(play(['c:detain', 'c:reconsider', 'c:escort-interprets']).variables.trust).toBe(0);
  });

  it('identificationScore counts the present ones once', () => {
    expect(identificationScore(['a', 'b', 'a'], ['a']).score).toBe(0.5);
  });
});

describe('summarizeResults', () => {
  it('summarises results per stage, in stage order', () => {
    const results = [
      play(['c:explain-rights', 'c:plan-with-her'], 'shelter-intake'),
      play(['c:separate', 'n:child-under-18', 'c:call-interpreter', 'c:refer-child-protection']),
      play(['c:ask-escort', 'c:wave-through']),
      play(['c:separate']),
    ];
    const summary = summarizeResults(results);
    expect(summary.map((s) => s.stage)).toEqual(['identification', 'shelter']);
    const identification = summary[0];
    expect(identification).toMatchObject({
      plays: 3,
      complete: 2,
      outcomes: { protected: 1, partial: 0, harmed: 1 },
      harmful: 1,
    });
    // overall: 1, (0.3 + 0) / 2 = 0.15, 1 → mean 0.7166…
    expect(identification?.overall).toBeCloseTo((1 + 0.15 + 1) / 3, 10);
    expect(summary[1]).toMatchObject({ plays: 1, complete: 1, overall: 1, identification: null });
  });
});
