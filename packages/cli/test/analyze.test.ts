import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, regionalPack, ruta, scaffold, writeJson } from './ruta';

type Choice = { id: string; when?: unknown };
type PackDocument = { scenarios: { nodes: Record<string, { choices?: Choice[] }> }[] };

describe('ruta analyze', () => {
  it('prints the table of a scenario: nodes, paths, scores, endings, exploration', () => {
    const run = ruta(['analyze', scaffold()]);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Scenario farm-inspection');
    expect(out).toMatch(/nodes +6 \(3 steps, 3 endings\)/);
    expect(out).toMatch(/shortest path +2 moves/);
    expect(out).toMatch(/longest path +3 moves/);
    expect(out).toMatch(/best score +1\.00/);
    expect(out).toMatch(/worst score +0\.00/);
    expect(out).toMatch(/reachable endings +protected \(protected\), partial \(partial\), harmed \(harmed\)/);
    expect(out).toMatch(/errors +0/);
    expect(out).toMatch(/exploration +exhaustive \(\d+ states, \d+ transitions\)/);
    expect(out).toContain('Passed: the scenario passes the static checks.');
  });

  it('fails (exit 1) on a soft-lock and names the node (and so does ruta validate)', () => {
    const dir = scaffold();
    const file = join(dir, 'pack.json');
    const pack = readJson<PackDocument>(file);
    // No choice at the private talk is ever offered: trust never reaches 3 there.
    for (const choice of pack.scenarios[0]?.nodes['private-talk']?.choices ?? [])
      choice.when = { var: 'trust', gte: 3 };
    writeJson(file, pack);
    // Valid means the field rules and the static checks: validate says the pack is not valid.
    expect(ruta(['validate', dir]).code).toBe(1);
    const run = ruta(['analyze', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /✗ scenarios\[0\]\.nodes\.private-talk\.choices: step "private-talk" offers no choice/,
    );
    expect(run.stdout).toMatch(/Failed: \d+ static-check errors?\./);
    // The engine's message too is in the user's language.
    expect(ruta(['analyze', dir, '--lang', 'es']).stdout).toMatch(
      /✗ scenarios\[0\]\.nodes\.private-talk\.choices: el paso «private-talk» no ofrece ninguna opción/,
    );
    expect(ruta(['analyze', dir, '--lang', 'fr']).stdout).toMatch(
      /✗ scenarios\[0\]\.nodes\.private-talk\.choices: l’étape « private-talk » n’offre aucun choix/,
    );
    const json = JSON.parse(ruta(['analyze', dir, '--json']).stdout);
    expect(json.ok).toBe(false);
    expect(json.errors.map((e: { kind: string }) => e.kind)).toContain('soft-lock');
  });

  it("says when a trainee can loop: the longest play is unbounded, with the loop's moves", () => {
    const dir = scaffold();
    const file = join(dir, 'pack.json');
    const pack = readJson<PackDocument & { languages: string[] }>(file);
    const text = Object.fromEntries(pack.languages.map((lang) => [lang, 'Ask again']));
    // Asking again changes nothing: the trainee is back in the same play state.
    pack.scenarios[0]?.nodes['private-talk']?.choices?.push({
      id: 'ask-again',
      text,
      to: 'private-talk',
      assessment: { quality: 'poor', feedback: text },
    } as Choice);
    writeJson(file, pack);
    const run = ruta(['analyze', dir]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/longest path +unbounded: a trainee can loop \(ask-again\)/);
    expect(ruta(['analyze', dir, '--lang', 'es']).stdout).toMatch(
      /sin límite: se puede dar vueltas \(ask-again\)/,
    );
    const json = JSON.parse(ruta(['analyze', dir, '--json']).stdout);
    expect(json.scenarios[0].metrics.loop.moves).toEqual([{ node: 'private-talk', choice: 'ask-again' }]);
    expect(json.scenarios[0].metrics.longestPath.unbounded).toBe(true);
  });

  it('narrows to one scenario with --scenario, and gives the engine report with --json', () => {
    const run = ruta(['analyze', regionalPack, '--scenario', 'shelter-recovery', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.packId).toBe('rcm-regional');
    expect(report.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual(['shelter-recovery']);
    expect(report.scenarios[0].metrics.reachableEndings.length).toBeGreaterThan(0);
  });

  it('says when a state bound stopped the exploration', () => {
    const run = ruta(['analyze', scaffold(), '--max-states', '2']);
    expect(run.stdout).toMatch(/NOT exhaustive: bound max-states hit after \d+ states/);
  });

  it('refuses an unknown scenario or a bad bound with a usage error naming the options', () => {
    const unknown = ruta(['analyze', regionalPack, '--scenario', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'ruta: pack rcm-regional has no scenario "nope" (its scenarios: identification-border-post, referral-consular-protection, shelter-recovery, prosecution-trial)\n',
    );
    expect(ruta(['analyze', regionalPack, '--max-states', 'lots']).code).toBe(2);
  });
});
