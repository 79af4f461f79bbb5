import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parsePackJson } from '@ruta/scenario-engine';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run';

/**
 * `ruta validate` says "valid" only for a pack that passes the field rules and the static checks, names what
 * fails, in the user's language, and reads a file as the engine does. Run in process (`run(argv, io)`),
 * from the sources.
 */

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ruta(argv: readonly string[], input?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { LANG: 'en_US.UTF-8' },
    ...(input === undefined ? {} : { stdin: Readable.from([input]) }),
  });
  expect(stderr, 'a stack trace').not.toMatch(/\n\s+at /);
  return { code, stdout, stderr };
}

type PackDocument = {
  scenarios: ({
    start: string;
    nodes: Record<
      string,
      {
        text: Record<string, string>;
        choices?: { to: string; when?: unknown; effects?: unknown[] }[];
        present?: string[];
        ending?: { outcome: string };
      } & Record<string, unknown>
    >;
  } & Record<string, unknown>)[];
} & Record<string, unknown>;

async function scaffold(languages = 'es,en'): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'ruta-validate-')), 'sample-pack');
  const made = await ruta(['new-pack', dir, '--country', 'SV', '--lang', languages]);
  expect(made.code, made.stderr).toBe(0);
  return dir;
}

/** A scaffolded pack changed by `change`, and its directory. */
async function scaffoldWith(change: (pack: PackDocument) => void): Promise<string> {
  const dir = await scaffold();
  const file = join(dir, 'pack.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as PackDocument;
  change(pack);
  writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
  return dir;
}

const scenarioOf = (pack: PackDocument) => {
  const scenario = pack.scenarios[0];
  if (scenario === undefined) throw new Error('the scaffolded pack has no scenario');
  return scenario;
};

describe('ruta validate: the field rules and the static checks', () => {
  it('exits 1 on an unreachable node, a soft-lock and a missing protected ending, naming each', async () => {
    const unreachable = await scaffoldWith((pack) => {
      const nodes = scenarioOf(pack).nodes;
      nodes.orphan = structuredClone(nodes.partial) as (typeof nodes)[string];
    });
    const softLock = await scaffoldWith((pack) => {
      for (const choice of scenarioOf(pack).nodes['private-talk']?.choices ?? [])
        choice.when = { var: 'trust', gte: 3 };
    });
    const noProtected = await scaffoldWith((pack) => {
      const ending = scenarioOf(pack).nodes.protected?.ending;
      if (ending) ending.outcome = 'partial';
    });
    const expected: [string, string][] = [
      [unreachable, '\n  scenarios[0].nodes.orphan: node "orphan" cannot be reached'],
      [softLock, '\n  scenarios[0].nodes.private-talk.choices: step "private-talk" offers no choice'],
      [noProtected, '\n  scenarios[0]: the scenario has no ending with outcome "protected"'],
    ];
    for (const [dir, line] of expected) {
      const result = await ruta(['validate', dir]);
      expect(result.code, line).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^ruta: ".*" is not a valid pack \(\d+ issues?\):\n/);
      expect(result.stderr).toContain(line);
    }
    const spanish = await ruta(['validate', unreachable, '--lang', 'es']);
    expect(spanish.stderr).toContain('\n  scenarios[0].nodes.orphan: el nodo «orphan» es inalcanzable');
    const json = JSON.parse((await ruta(['validate', unreachable, '--json'])).stdout);
    expect(json).toMatchObject({
      ok: false,
      issues: [{ check: 'unreachable-node', scenario: 'farm-inspection', node: 'orphan' }],
    });
  });

  it('exits 1 when a start, a target or a variable is named "constructor"', async () => {
    const cases: [(pack: PackDocument) => void, string][] = [
      [
        (pack) => {
          scenarioOf(pack).start = 'constructor';
        },
        'scenarios[0].start: no node "constructor"',
      ],
      [
        (pack) => {
          const choice = scenarioOf(pack).nodes.arrival?.choices?.[0];
          if (choice) choice.to = 'constructor';
        },
        'scenarios[0].nodes.arrival.choices[0].to: no node "constructor"',
      ],
      [
        (pack) => {
          const choice = scenarioOf(pack).nodes.arrival?.choices?.[0];
          if (choice) choice.effects = [{ add: 'constructor', value: 1 }];
        },
        'scenarios[0].nodes.arrival.choices[0].effects[0].add: no variable "constructor"',
      ],
    ];
    for (const [change, line] of cases) {
      const result = await ruta(['validate', await scaffoldWith(change)]);
      expect(result.code, line).toBe(1);
      expect(result.stderr).toContain(`\n  ${line}`);
    }
  });

  it('shows all of five mistakes in one run, in the language of --lang, at the same paths', async () => {
    const dir = await scaffoldWith((pack) => {
      pack.version = 'one'; // shape
      const scenario = scenarioOf(pack);
      const arrival = scenario.nodes.arrival;
      if (arrival === undefined) throw new Error('no arrival');
      arrival.colour = 'red'; // shape: unknown field
      const choice = scenario.nodes['private-talk']?.choices?.[0];
      if (choice) choice.to = 'privte-talk'; // reference
      const partial = scenario.nodes.partial;
      if (partial) partial.present = ['ilo-nonsense']; // reference
      const text = scenario.nodes.harmed?.text;
      if (text) delete text.en; // a translation missing
    });
    const issues = async (lang: string) => {
      const result = await ruta(['validate', dir, '--json', '--lang', lang]);
      expect(result.code).toBe(1);
      return JSON.parse(result.stdout).issues as { path: string; message: string }[];
    };
    const [en, es, fr] = [await issues('en'), await issues('es'), await issues('fr')];
    expect(en.map((i) => i.path).sort()).toEqual([
      'scenarios[0].nodes.arrival',
      'scenarios[0].nodes.harmed.text.en',
      'scenarios[0].nodes.partial.present[0]',
      'scenarios[0].nodes.private-talk.choices[0].to',
      'version',
    ]);
    expect(es.map((i) => i.path)).toEqual(en.map((i) => i.path));
    expect(fr.map((i) => i.path)).toEqual(en.map((i) => i.path));
    const message = (list: typeof en, path: string) => list.find((i) => i.path === path)?.message;
    expect(message(es, 'version')).toMatch(/^debe ser una versión de Semantic Versioning 2\.0\.0/);
    expect(message(es, 'scenarios[0].nodes.arrival')).toMatch(/^campo desconocido "colour"/);
    expect(message(es, 'scenarios[0].nodes.private-talk.choices[0].to')).toBe(
      'no hay ningún nodo «privte-talk» en el escenario «farm-inspection»',
    );
    expect(message(es, 'scenarios[0].nodes.harmed.text.en')).toBe('falta la traducción al inglés (en)');
    expect(message(fr, 'scenarios[0].nodes.partial.present[0]')).toMatch(
      /^indicateur inconnu « ilo-nonsense »/,
    );
    expect(message(fr, 'version')).toMatch(/^doit être une version Semantic Versioning/);
    const human = await ruta(['validate', dir, '--lang', 'es']);
    expect(human.stderr).toMatch(/\(5 problemas\):\n/);
  });

  it('ruta analyze, certify and xapi read a pack in the same language', async () => {
    const dir = await scaffoldWith((pack) => {
      const choice = scenarioOf(pack).nodes.arrival?.choices?.[0];
      if (choice) choice.to = 'privte-talk';
    });
    const analyzed = await ruta(['analyze', dir, '--lang', 'fr']);
    expect(analyzed.code).toBe(1);
    expect(analyzed.stderr).toContain(
      'scenarios[0].nodes.arrival.choices[0].to: aucun nœud « privte-talk » dans le scénario « farm-inspection »',
    );
  });

  it('reads a byte-order mark as the engine does: one is tolerated, a second is a syntax error', async () => {
    const dir = await scaffold();
    const text = readFileSync(join(dir, 'pack.json'), 'utf8');
    writeFileSync(join(dir, 'one.json'), `\uFEFF${text}`);
    writeFileSync(join(dir, 'two.json'), `\uFEFF\uFEFF${text}`);
    expect((await ruta(['validate', join(dir, 'one.json')])).code).toBe(0);
    expect(parsePackJson(`\uFEFF${text}`).ok).toBe(true);
    const two = await ruta(['validate', join(dir, 'two.json')]);
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('JSON syntax error at line 1, column 2');
    const engine = parsePackJson(`\uFEFF\uFEFF${text}`);
    expect(engine.ok ? [] : engine.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('JSON syntax error at line 1, column 2'),
    ]);
  });
});

describe('ruta play: a text shown in a fallback language is marked', () => {
  it('says so before the first node, marks every node and the debrief', async () => {
    const dir = await scaffold('en');
    const played = await ruta(
      ['play', dir, '--scenario', 'farm-inspection', '--untimed', '--lang', 'es'],
      'q\n',
    );
    expect(played.stdout).toContain('Este paquete no tiene sus textos en español: se muestran en inglés.\n');
    expect(played.stdout).toContain('── arrival ── [en inglés]\n');
    expect(played.stdout).toContain('The foreman answers for Lucía');
    const scripted = await ruta([
      'play',
      dir,
      '--scenario',
      'farm-inspection',
      '--choices',
      'talk-in-private',
      '--lang',
      'fr',
    ]);
    expect(scripted.stdout).toContain(
      'Ce paquet n’a pas ses textes en français : ils sont affichés en anglais.',
    );
  });

  it('marks nothing when the pack has the user’s language', async () => {
    const dir = await scaffold('es,en');
    const played = await ruta(
      ['play', dir, '--scenario', 'farm-inspection', '--untimed', '--lang', 'es'],
      'q\n',
    );
    expect(played.stdout).toContain('── arrival ──\n');
    expect(played.stdout).not.toContain('Este paquete no tiene sus textos');
  });
});
