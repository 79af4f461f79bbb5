import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlayEvent, parsePack, startJourney } from '@ruta/scenario-engine';
import { describe, expect, it } from 'vitest';
import { binPath, readJson, regionalPack, ruta, scaffold, temporaryDirectory, writeJson } from './ruta';

const best = 'talk-in-private,refer-to-shelter';

describe('ruta play (scripted)', () => {
  it('plays --choices and prints the result JSON', () => {
    const run = ruta(['play', scaffold(), '--scenario', 'farm-inspection', '--choices', best, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      scenarioId: 'farm-inspection',
      complete: true,
      ending: { node: 'protected', outcome: 'protected' },
      referrals: ['victim-shelter'],
      harmful: [],
      scores: { overall: 1 },
    });
  });

  it('prints a debrief: outcome, scores, each decision with feedback and the best choice', () => {
    const run = ruta([
      'play',
      scaffold(),
      '--scenario',
      'farm-inspection',
      '--choices',
      'question-in-front-of-foreman,come-back-with-colleague,report-irregular-status',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Outcome: harmed');
    expect(run.stdout).toContain('Overall score: 0.33');
    expect(run.stdout).toContain('Harmful choices: private-talk/report-irregular-status');
    expect(run.stdout).toContain('1. [arrival] Ask Lucía, in front of the foreman');
    expect(run.stdout).toContain('Best choice (best): Ask to talk with each worker separately');
    expect(run.stdout).toContain('non-punishment principle');
  });

  it('refuses a choice that is not offered (exit 1) and says which, where, and what is offered', () => {
    // Questioned in front of the foreman, trust drops to 0 and the referral is no longer offered.
    const run = ruta([
      'play',
      scaffold(),
      '--scenario',
      'farm-inspection',
      '--choices',
      'question-in-front-of-foreman,come-back-with-colleague,refer-to-shelter',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'ruta: events[2]: choice "refer-to-shelter" is not offered at node "private-talk" (offered: report-wages-only, report-irregular-status)\n',
    );
    // A choice of another node.
    const elsewhere = ruta([
      'play',
      scaffold(),
      '--scenario',
      'farm-inspection',
      '--choices',
      'refer-to-shelter',
    ]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toBe(
      'ruta: events[0]: choice "refer-to-shelter" is not offered at node "arrival" (offered: talk-in-private, question-in-front-of-foreman)\n',
    );
  });

  it('replays an event log from a file or stdin, notes and timeouts included', () => {
    const dir = scaffold();
    const events: PlayEvent[] = [
      { type: 'NOTE', indicatorId: 'ilo-retention-of-documents' },
      { type: 'TIMEOUT' },
      { type: 'NOTE', indicatorId: 'ilo-intimidation-threats' },
      { type: 'CHOOSE', choiceId: 'come-back-with-colleague' },
      { type: 'CHOOSE', choiceId: 'refer-to-shelter' },
    ];
    const file = writeJson(join(temporaryDirectory(), 'events.json'), events);
    const fromFile = JSON.parse(
      ruta(['play', dir, '--scenario', 'farm-inspection', '--events', file, '--json']).stdout,
    );
    expect(fromFile.path).toEqual([
      { node: 'arrival', timeout: true },
      { node: 'foreman-takes-over', choice: 'come-back-with-colleague' },
      { node: 'private-talk', choice: 'refer-to-shelter' },
      { node: 'protected' },
    ]);
    expect(fromFile.scores.identification.truePositives).toEqual([
      'ilo-retention-of-documents',
      'ilo-intimidation-threats',
    ]);
    const fromStdin = ruta(['play', dir, '--scenario', 'farm-inspection', '--events', '-', '--json'], {
      input: JSON.stringify(events),
    });
    expect(JSON.parse(fromStdin.stdout)).toEqual(fromFile);

    // A trainee's saved result replays to the same result, scenario taken from it (replay verification).
    const saved = writeJson(join(temporaryDirectory(), 'result.json'), fromFile);
    expect(JSON.parse(ruta(['play', dir, '--events', saved, '--json']).stdout)).toEqual(fromFile);

    // An altered saved result: the replay disagrees with its claims, exit 1 naming what differs.
    const altered = writeJson(join(temporaryDirectory(), 'altered.json'), {
      ...fromFile,
      scores: { ...fromFile.scores, overall: 1 },
      ending: { node: 'protected', outcome: 'partial' },
    });
    const refused = ruta(['play', dir, '--events', altered]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'ruta: the saved result does not match its replay (was it altered?):\n' +
        `  claimed overall score 1, the replay gives ${fromFile.scores.overall}\n` +
        '  claimed outcome partial, the replay gives protected\n',
    );
    // The lab's submitted shape (what certification records hold) is checked the same way.
    const submitted = writeJson(join(temporaryDirectory(), 'submitted.json'), {
      scenarioId: 'farm-inspection',
      events,
      claimed: { overall: fromFile.scores.overall, outcome: 'protected' },
    });
    expect(ruta(['play', dir, '--events', submitted]).code).toBe(0);
  });

  it('rejects malformed event files with exit 1 and a clear message', () => {
    const dir = scaffold();
    const tmp = temporaryDirectory();
    writeFileSync(join(tmp, 'object.json'), '{"type": "CHOOSE"}');
    writeFileSync(
      join(tmp, 'bad.json'),
      '[{"type": "CHOOSE", "choiceId": "talk-in-private"}, {"type": "JUMP"}]',
    );
    writeFileSync(join(tmp, 'unknown.json'), '[{"type": "NOTE", "indicatorId": "ilo-nonsense"}]');
    writeFileSync(join(tmp, 'syntax.json'), '[{"type": "TIMEOUT"},');
    const at = (name: string) =>
      ruta(['play', dir, '--scenario', 'farm-inspection', '--events', join(tmp, name)]);
    expect(at('object.json').stderr).toMatch(/must hold a JSON list of events/);
    expect(at('bad.json').stderr).toMatch(/^ruta: events\[1\] is not an event/);
    expect(at('unknown.json').stderr).toBe(
      'ruta: events[0]: unknown indicator "ilo-nonsense" (neither in the catalogue nor in the pack)\n',
    );
    expect(at('syntax.json').stderr).toMatch(/is not valid JSON \(1:22\)/);
    for (const name of ['object.json', 'bad.json', 'unknown.json', 'syntax.json'])
      expect(at(name).code).toBe(1);
  });

  it('usage errors: no scenario, unknown scenario, --events with --choices (exit 2)', () => {
    const dir = scaffold();
    expect(ruta(['play', dir, '--choices', 'a']).stderr).toBe('ruta: missing option --scenario\n');
    expect(ruta(['play', dir, '--scenario', 'nope', '--choices', 'a']).code).toBe(2);
    expect(
      ruta(['play', dir, '--scenario', 'farm-inspection', '--choices', 'a', '--events', '-']).stderr,
    ).toBe('ruta: use --events or --choices, not both\n');
  });

  it('plays a journey across its stages with --journey', () => {
    const pack = parsePack(readJson(join(regionalPack, 'pack.json')));
    if (!pack.ok) throw new Error('the regional pack does not validate');
    const journeyId = pack.value.journeys?.[0]?.id as string;
    // Reference: the engine itself, always taking the first choice offered.
    const journey = startJourney(pack.value, journeyId, { timers: false });
    const events: PlayEvent[] = [];
    for (;;) {
      while (!journey.play.done) {
        const choiceId = journey.play.choices()[0]?.id as string;
        events.push({ type: 'CHOOSE', choiceId });
        journey.play.choose(choiceId);
      }
      if (journey.done) break;
      journey.next();
    }
    const expected = journey.result();
    const file = writeJson(join(temporaryDirectory(), 'journey.json'), events);
    const run = ruta(['play', regionalPack, '--journey', journeyId, '--events', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.complete).toBe(true);
    expect(result.steps).toHaveLength(expected.steps.length);
    expect(result.outcome).toBe(expected.outcome);
    expect(result.overall).toBeCloseTo(expected.overall as number, 12);
  });
});

describe('ruta play (interactive)', () => {
  it('shows the node and numbered choices, notes indicators, and ends with a debrief', () => {
    const run = ruta(['play', scaffold(), '--scenario', 'farm-inspection', '--untimed', '--lang', 'en'], {
      input: ['n', 'ilo-retention-of-documents', 'n ilo-debt-bondage', 'u', '1', '1', '1'].join('\n'),
    });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain('── arrival ──');
    expect(out).toContain('Don Ramiro: The foreman answers for Lucía');
    expect(out).toContain('(time: 60 s;');
    expect(out).toContain('  1) Ask to talk with each worker separately');
    expect(out).toContain('[ilo-retention-of-documents]');
    expect(out).toContain('Noted: ilo-retention-of-documents');
    expect(out).toContain('Noted: ilo-debt-bondage');
    expect(out).toContain('Note removed: ilo-retention-of-documents');
    expect(out).toContain('Specialised shelter for trafficking victims');
    expect(out).toContain('Outcome: protected');
    expect(out).toMatch(/Identification: 0\.\d\d \(noted and present: ilo-debt-bondage;/);
  });

  it('lets the time run out with t, refuses what is not an option, and reports an unfinished play', () => {
    const run = ruta(['play', scaffold(), '--scenario', 'farm-inspection', '--untimed'], {
      input: ['7', 't', 'x'].join('\n'),
    });
    expect(run.stdout).toContain('"7" is not an option: type a number from 1 to 2, n, u or q');
    expect(run.stdout).toContain('Time ran out.');
    expect(run.stdout).toContain('── foreman-takes-over ──');
    expect(run.stdout).toContain('Play stopped before an ending.');
    expect(run.stdout).toContain('Outcome: no ending (play not finished)');
    expect(run.code).toBe(1);
  });

  it('shows the pack in the user’s language, or its default language when it lacks that one', () => {
    const dir = scaffold('fr');
    const run = ruta(['play', dir, '--scenario', 'farm-inspection', '--untimed', '--lang', 'en'], {
      input: 'q\n',
    });
    expect(run.stdout).toContain('Le contremaître répond à la place de Lucía');
    expect(run.stdout).toContain('number = choose');
  });

  it('lets a step’s timeout fire on the clock while the trainee waits', async () => {
    const dir = scaffold();
    const file = `${dir}/pack.json`;
    const pack = readJson<{ scenarios: { nodes: { arrival: { timeout: { seconds: number } } } }[] }>(file);
    const arrival = pack.scenarios[0]?.nodes.arrival;
    if (arrival) arrival.timeout.seconds = 1;
    writeJson(file, pack);
    const child = spawn(
      process.execPath,
      [binPath, 'play', dir, '--scenario', 'farm-inspection', '--lang', 'en'],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    // Answer nothing at the first step; once the time has run out, answer the next two steps.
    const answers = [
      { after: '── foreman-takes-over ──', send: '1\n' },
      { after: '── private-talk ──', send: '1\n' },
    ];
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const next = answers[0];
      if (next !== undefined && out.includes(next.after)) {
        answers.shift();
        child.stdin.write(next.send);
        if (answers.length === 0) child.stdin.end();
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(out).toContain('⏱ Time ran out.');
    expect(out.indexOf('⏱ Time ran out.')).toBeLessThan(out.indexOf('── foreman-takes-over ──'));
    expect(out).toContain('Outcome: protected');
    expect(out).not.toContain('1. [arrival]');
    expect(code).toBe(0);
  });
});
