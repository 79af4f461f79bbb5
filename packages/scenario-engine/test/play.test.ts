import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { type Play, PlayError, startScenario } from '../src/index';
import { pack } from './fixtures/parsed-sample';

const start = (scenario = 'border-stop') => startScenario(pack, scenario, { timers: false });

function expectRejected(play: Play, act: () => void, code: string, message: RegExp) {
  const before = {
    node: play.nodeId,
    events: play.events.length,
    notebook: [...play.notebook],
    variables: { ...play.variables },
  };
  let error: unknown;
  try {
    act();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(PlayError);
  expect((error as PlayError).code).toBe(code);
  expect((error as PlayError).message).toMatch(message);
  expect({
    node: play.nodeId,
    events: play.events.length,
    notebook: [...play.notebook],
    variables: { ...play.variables },
  }).toEqual(before);
}

describe('startScenario', () => {
  it('starts at the start node with the declared initial values', () => {
    const play = start();
    expect(play.nodeId).toBe('arrival');
    expect(play.node.text.en).toMatch(/two passports/);
    expect(play.variables).toEqual({ trust: 5, 'interpreter-present': false });
    expect(play.notebook).toEqual([]);
    expect(play.events).toEqual([]);
    expect(play.done).toBe(false);
  });

  it('offers the choices in the requested language, the pack default otherwise', () => {
    const play = start();
    expect(play.choices('en').map((c) => c.text)).toEqual([
      'Ask to speak with her alone',
      'Ask the man about the trip',
      'Detain her for irregular entry',
    ]);
    expect(play.choices()[0]?.text).toBe('Pedir hablar a solas con ella');
    expect(play.choices('fr')[0]?.text).toBe('Pedir hablar a solas con ella'); // not carried: the pack's first language
  });

  it('offers a conditional choice only while its condition holds, with its referral', () => {
    const play = start();
    play.choose('separate');
    play.choose('call-interpreter');
    expect(play.choices().map((c) => c.id)).toEqual(['open-questions', 'press-details']);
    play.note('child-under-18');
    expect(play.choices('en')).toContainEqual({
      id: 'refer-child-protection',
      text: 'Refer to child protection',
      referral: 'conna',
    });
  });

  it('throws a PlayError for an unknown scenario', () => {
    expect(() => startScenario(pack, 'courtroom')).toThrow(
      /no scenario "courtroom" \(its scenarios: border-stop, shelter-intake\)/,
    );
  });

  it('applies carried values, clamped, and rejects ones that do not fit', () => {
    expect(
      startScenario(pack, 'shelter-intake', { carry: { trust: 9 }, timers: false }).variables.trust,
    ).toBe(6);
    expect(() => startScenario(pack, 'shelter-intake', { carry: { mood: 1 } })).toThrow(
      /declares no such variable/,
    );
    expect(() => startScenario(pack, 'shelter-intake', { carry: { trust: true } })).toThrow(
      /number variable/,
    );
  });
});

describe('send', () => {
  it('moves along the chosen choice, applying its effects, and logs the event', () => {
    const play = start();
    play.send({ type: 'CHOOSE', choiceId: 'separate' });
    expect(play.nodeId).toBe('private-room');
    expect(play.variables.trust).toBe(7);
    expect(play.events).toEqual([{ type: 'CHOOSE', choiceId: 'separate' }]);
  });

  it('rejects a choice the node does not have, changing nothing', () => {
    const play = start();
    expectRejected(
      play,
      () => play.choose('call-interpreter'),
      'unknown-choice',
      /node "arrival" has no choice "call-interpreter"/,
    );
  });

  it('rejects a choice whose condition does not hold, changing nothing', () => {
    const play = start();
    play.choose('detain'); // trust 1
    play.choose('reconsider'); // trust 2
    play.choose('escort-interprets'); // trust 0
    expectRejected(
      play,
      () => play.choose('open-questions'),
      'choice-not-offered',
      /not offered at node "interview"/,
    );
    expectRejected(
      play,
      () => play.choose('refer-child-protection'),
      'choice-not-offered',
      /condition does not hold/,
    );
  });

  it('rejects NOTE of an unknown indicator, accepts built-in and pack indicators', () => {
    const play = start();
    expectRejected(play, () => play.note('made-up'), 'unknown-indicator', /unknown indicator "made-up"/);
    play.note('ilo-debt-bondage');
    play.note('phone-taken');
    expect(play.notebook).toEqual(['ilo-debt-bondage', 'phone-taken']);
  });

  it('changes nothing on UNNOTE of an indicator not noted, or NOTE of one already noted', () => {
    const play = start();
    play.note('ilo-deception');
    play.unnote('ilo-isolation');
    play.note('ilo-deception');
    expect(play.events).toEqual([{ type: 'NOTE', indicatorId: 'ilo-deception' }]);
    play.unnote('ilo-deception');
    expect(play.notebook).toEqual([]);
    expect(play.events).toHaveLength(2);
  });

  it('rejects TIMEOUT at a node without a timeout', () => {
    const play = start();
    play.choose('separate');
    expectRejected(play, () => play.timeout(), 'no-timeout', /node "private-room" has no timeout/);
  });

  it('follows a TIMEOUT event to the timeout node', () => {
    const play = start();
    play.send({ type: 'TIMEOUT' });
    expect(play.nodeId).toBe('escort-answers');
    expect(play.events).toEqual([{ type: 'TIMEOUT' }]);
  });

  it('rejects any event after the ending, changing nothing', () => {
    const play = start();
    play.choose('ask-escort');
    play.choose('wave-through');
    expect(play.done).toBe(true);
    expect(play.choices()).toEqual([]);
    expectRejected(play, () => play.note('ilo-deception'), 'play-over', /ended at "waved-through"/);
    expectRejected(play, () => play.unnote('ilo-deception'), 'play-over', /ended/);
    expectRejected(play, () => play.timeout(), 'play-over', /ended/);
    expectRejected(play, () => play.choose('separate'), 'play-over', /ended/);
  });

  it('rejects events that are not play events', () => {
    const play = start();
    expectRejected(
      play,
      () => play.send({ type: 'JUMP' } as never),
      'invalid-event',
      /unknown event type "JUMP"/,
    );
    expectRejected(play, () => play.send(null as never), 'invalid-event', /must be an object/);
  });

  it('rejects events after stop', () => {
    const play = start();
    play.stop();
    expectRejected(play, () => play.choose('separate'), 'play-stopped', /stopped/);
  });

  it('keeps its log safe from callers', () => {
    const play = start();
    play.choose('separate');
    const events = play.events as unknown[];
    expect(() => events.push({ type: 'TIMEOUT' })).toThrow();
    expect(play.events).toHaveLength(1);
    const variables = play.variables as Record<string, unknown>;
    expect(() => {
      variables.trust = 99;
    }).toThrow();
    expect(play.variables.trust).toBe(7);
  });
});

describe('subscribe', () => {
  it('tells listeners after every accepted change until unsubscribed', () => {
    const play = start();
    const seen: string[] = [];
    const unsubscribe = play.subscribe((p) => seen.push(p.nodeId));
    play.choose('separate');
    play.note('ilo-deception');
    unsubscribe();
    play.choose('call-interpreter');
    expect(seen).toEqual(['private-room', 'private-room']);
  });

  it('lets a listener read a result that already holds the decision it hears of, the last one included', () => {
    const play = start();
    const heard: { decisions: number; done: boolean; outcome: string | null }[] = [];
    play.subscribe((p) => {
      const result = p.result();
      const decided = result.path.filter((step) => 'choice' in step || 'timeout' in step).length;
      heard.push({ decisions: decided, done: p.done, outcome: result.ending?.outcome ?? null });
    });
    let decisions = 0;
    while (!play.done) {
      play.choose((play.choices()[0] as { id: string }).id);
      decisions++;
    }
    expect(decisions).toBeGreaterThan(1);
    expect(heard.map((h) => h.decisions)).toEqual(Array.from({ length: decisions }, (_, i) => i + 1));
    const last = heard[heard.length - 1];
    expect(last).toEqual({ decisions, done: true, outcome: play.result().ending?.outcome ?? null });
    expect(last?.outcome).not.toBeNull();
  });

  it('lets a listener read a timeout in the result when it hears of it', () => {
    const clock = new SimulatedClock();
    const play = startScenario(pack, 'border-stop', { clock });
    const paths: unknown[] = [];
    play.subscribe((p) => paths.push(p.result().path));
    clock.increment(30_000);
    expect(paths).toEqual([[{ node: 'arrival', timeout: true }, { node: 'escort-answers' }]]);
    play.stop();
  });
});

describe('timeouts on a clock', () => {
  it('fires the node timeout by itself and logs it as a TIMEOUT event', () => {
    const clock = new SimulatedClock();
    const play = startScenario(pack, 'border-stop', { clock });
    const seen: string[] = [];
    play.subscribe((p) => seen.push(p.nodeId));
    clock.increment(29_000);
    expect(play.nodeId).toBe('arrival');
    clock.increment(1_000);
    expect(play.nodeId).toBe('escort-answers');
    expect(play.events).toEqual([{ type: 'TIMEOUT' }]);
    expect(play.result().path[0]).toEqual({ node: 'arrival', timeout: true });
    expect(seen).toEqual(['escort-answers']);
    play.stop();
  });

  it('cancels the timeout when the trainee chooses in time', () => {
    const clock = new SimulatedClock();
    const play = startScenario(pack, 'border-stop', { clock });
    clock.increment(10_000);
    play.choose('separate');
    clock.increment(60_000);
    expect(play.nodeId).toBe('private-room');
    expect(play.events).toEqual([{ type: 'CHOOSE', choiceId: 'separate' }]);
    play.stop();
  });
});
