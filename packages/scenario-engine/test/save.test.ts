import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { decodeEvents, encodeEvents, type Pack, resume, startScenario } from '../src/index';
import { pack } from './fixtures/parsed-sample';

function midScenario() {
  const play = startScenario(pack, 'border-stop', { timers: false });
  play.note('accompanied-controlled');
  play.timeout();
  play.note('coached-story');
  play.note('ilo-retention-of-documents');
  play.unnote('coached-story');
  play.choose('separate-late');
  play.note('child-under-18');
  return play;
}

describe('save', () => {
  it('is compact JSON: pack, version, scenario and encoded events', () => {
    const save = midScenario().save();
    expect(save).toEqual({
      v: 1,
      pack: 'sv-sample',
      version: '1.0.0',
      scenario: 'border-stop',
      events: [
        'n:accompanied-controlled',
        't',
        'n:coached-story',
        'n:ilo-retention-of-documents',
        'u:coached-story',
        'c:separate-late',
        'n:child-under-18',
      ],
    });
    expect(JSON.stringify(save).length).toBeLessThanOrEqual(1024);
  });

  it('keeps carried values', () => {
    const play = startScenario(pack, 'shelter-intake', { carry: { trust: 2 }, timers: false });
    expect(play.save().carry).toEqual({ trust: 2 });
  });

  it('encodes and decodes every kind of event', () => {
    const events = midScenario().events;
    expect(decodeEvents(encodeEvents(events))).toEqual(events);
  });
});

describe('resume', () => {
  it('round-trips a play through its save (object or JSON text)', () => {
    const play = midScenario();
    for (const save of [play.save(), JSON.stringify(play.save())]) {
      const resumed = resume(pack, save, { timers: false });
      expect(resumed.ok).toBe(true);
      if (!resumed.ok) return;
      expect(resumed.value.nodeId).toBe('private-room');
      expect(resumed.value.notebook).toEqual([
        'accompanied-controlled',
        'ilo-retention-of-documents',
        'child-under-18',
      ]);
      expect(resumed.value.result()).toEqual(play.result());
      resumed.value.choose('call-interpreter');
      expect(resumed.value.nodeId).toBe('interview');
    }
  });

  it('resumes on the clock: the node timeout runs again from the resumed node', () => {
    const play = startScenario(pack, 'border-stop', { timers: false });
    play.note('ilo-deception');
    const clock = new SimulatedClock();
    const resumed = resume(pack, play.save(), { clock });
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.value.nodeId).toBe('arrival');
    clock.increment(30_000);
    expect(resumed.value.nodeId).toBe('escort-answers');
    expect(resumed.value.save().events).toEqual(['n:ilo-deception', 't']);
    resumed.value.stop();
  });

  it('finds the pack among several', () => {
    const other = { ...pack, id: 'mx-core' } as Pack;
    const resumed = resume([other, pack], midScenario().save(), { timers: false });
    expect(resumed.ok).toBe(true);
  });

  it('refuses a save made with another version of the pack', () => {
    const newer = { ...pack, version: '1.1.0' } as Pack;
    expect(resume(newer, midScenario().save())).toEqual({
      ok: false,
      issues: [
        {
          path: 'version',
          message: expect.stringMatching(
            /saved with pack "sv-sample" version 1\.0\.0, but version 1\.1\.0 is installed/,
          ),
        },
      ],
    });
  });

  it('refuses a save of a pack that is not available', () => {
    const save = { ...midScenario().save(), pack: 'gt-core' };
    expect(resume(pack, save)).toMatchObject({
      ok: false,
      issues: [{ path: 'pack', message: expect.stringMatching(/"gt-core"/) }],
    });
  });

  it('refuses a save of a scenario the pack does not have', () => {
    const save = { ...midScenario().save(), scenario: 'courtroom' };
    expect(resume(pack, save)).toMatchObject({ ok: false, issues: [{ path: 'scenario' }] });
  });

  it('refuses corrupt and truncated JSON', () => {
    const text = JSON.stringify(midScenario().save());
    const truncated = resume(pack, text.slice(0, text.length - 10));
    expect(truncated).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/not valid JSON.*line 1/) }],
    });
    expect(resume(pack, '{"v":1,,}')).toMatchObject({ ok: false });
    expect(resume(pack, '')).toMatchObject({ ok: false });
  });

  it('refuses a save whose shape is wrong, naming the field', () => {
    const save = midScenario().save();
    expect(resume(pack, { ...save, v: 2 })).toMatchObject({ ok: false, issues: [{ path: 'v' }] });
    expect(resume(pack, { ...save, events: ['x:??'] })).toMatchObject({
      ok: false,
      issues: [{ path: 'events[0]', message: expect.stringMatching(/encoded event/) }],
    });
    expect(resume(pack, { ...save, extra: true })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/unknown field "extra"/) }],
    });
    for (const junk of [null, 42, [], 'null']) expect(resume(pack, junk).ok).toBe(false);
  });

  it('refuses events that no longer replay, naming the event', () => {
    const save = { ...midScenario().save() };
    save.events = [...save.events, 'c:open-questions'];
    expect(resume(pack, save)).toEqual({
      ok: false,
      issues: [
        {
          path: 'events[7]',
          message: expect.stringMatching(
            /"c:open-questions" no longer replays: node "private-room" has no choice "open-questions"/,
          ),
        },
      ],
    });
  });

  it('refuses carried values that do not fit the scenario', () => {
    const save = { ...startScenario(pack, 'shelter-intake', { timers: false }).save(), carry: { mood: 3 } };
    expect(resume(pack, save)).toMatchObject({ ok: false, issues: [{ path: 'carry' }] });
  });
});
