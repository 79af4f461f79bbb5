import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { compileScenario, parsePack } from '../src/index';
import { pack } from './fixtures/parsed-sample';
import { samplePack } from './fixtures/sample-pack';

describe('compileScenario', () => {
  const compiled = compileScenario(pack, 'border-stop');
  if (compiled === undefined) throw new Error('border-stop compiles');

  it('builds one XState state per node, endings final', () => {
    const states = compiled.machine.root.states;
    expect(Object.keys(states).sort()).toEqual(Object.keys(pack.scenarios[0]?.nodes ?? {}).sort());
    expect(states.sheltered?.type).toBe('final');
    expect(states.arrival?.type).toBe('atomic');
  });

  it('makes choices guarded CHOOSE transitions with named guards and params (no code from the pack)', () => {
    const transitions = compiled.machine.root.states.interview?.on.CHOOSE ?? [];
    expect(transitions.map((t) => t.target?.[0]?.key)).toEqual(['disclosure', 'shutdown', 'child-protected']);
    expect(transitions[0]?.guard).toEqual({
      type: 'choiceOffered',
      params: { choiceId: 'open-questions', when: { var: 'trust', gte: 5 } },
    });
  });

  it('gives a timeout both a delayed transition and a TIMEOUT event', () => {
    const arrival = compiled.machine.root.states.arrival;
    expect(arrival?.on.TIMEOUT?.[0]?.target?.[0]?.key).toBe('escort-answers');
    expect(arrival?.after.map((t) => t.delay)).toEqual(['timeout:arrival']);
    expect(compiled.machine.implementations.delays['timeout:arrival']).toBe(30_000);
  });

  it('fires the delayed transition on the clock when run as a plain actor', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compiled.machine, {
      clock,
      input: {
        variables: { trust: 5, 'interpreter-present': false },
        noted: new Set<string>(),
        visited: new Set(['arrival']),
      },
    });
    actor.start();
    clock.increment(30_000);
    expect(actor.getSnapshot().value).toBe('escort-answers');
    actor.stop();
  });

  it('gives plays the same machine without delayed transitions (a play times its own timeouts)', () => {
    const arrival = compiled.playMachine.root.states.arrival;
    expect(arrival?.after).toEqual([]);
    expect(arrival?.on.TIMEOUT?.[0]?.target?.[0]?.key).toBe('escort-answers');
    expect(Object.keys(compiled.playMachine.root.states)).toEqual(Object.keys(compiled.machine.root.states));
  });

  it('runs as a plain XState actor', () => {
    const actor = createActor(compiled.machine, {
      input: {
        variables: { trust: 5, 'interpreter-present': false },
        noted: new Set<string>(),
        visited: new Set(['arrival']),
      },
    });
    actor.start();
    actor.send({ type: 'CHOOSE', choiceId: 'separate' });
    expect(actor.getSnapshot().value).toBe('private-room');
    expect(actor.getSnapshot().context.state.variables.trust).toBe(7);
    actor.send({ type: 'CHOOSE', choiceId: 'nowhere' });
    expect(actor.getSnapshot().value).toBe('private-room');
    actor.stop();
  });

  it('compiles once per pack and scenario', () => {
    expect(compileScenario(pack, 'border-stop')).toBe(compiled);
    const again = parsePack(samplePack);
    if (!again.ok) throw new Error('valid');
    expect(compileScenario(again.value, 'border-stop')).not.toBe(compiled);
    expect(compileScenario(pack, 'courtroom')).toBeUndefined();
  });
});
