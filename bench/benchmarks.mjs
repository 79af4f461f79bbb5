/**
 * Ruta benchmarks: the engine against bare XState, a hand-written interpreter and inkjs on generated
 * branching scenarios of N = 100, 1,000 and 10,000 nodes. Imports the BUILT packages (what users get).
 *
 *   node --expose-gc run.mjs           full run: prints the tables, writes results.json and results.md
 *   node run.mjs --smoke               smallest N, tiny repeat counts: checks that everything still works
 *
 * Every figure is a median over repeated rounds; comparisons are ratios taken within the same round. Nothing
 * here asserts a time: targets are reported as met or not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { verifyResults } from '@ruta/certification';
import { regionalProgram } from '@ruta/curriculum';
import { parsePack, replay, resume, startScenario } from '@ruta/scenario-engine';
import { Story } from 'inkjs';
import { createActor } from 'xstate';
import { generateStory } from './generate.mjs';
import { buildVariants, crossCheck, scenarioId, variantNames } from './players.mjs';
import { renderMarkdown, updateReadme } from './report.mjs';
import { clockOverheadNs, cpuNs, median, medianRatio, rounds, sectionTimer, settle } from './timing.mjs';

const smoke = process.argv.includes('--smoke');
const here = fileURLToPath(new URL('.', import.meta.url));
const cache = join(here, '.cache');

const config = smoke
  ? {
      sizes: [100],
      large: [100],
      playthroughs: 10,
      stepRounds: 1,
      warmup: 0,
      bigRounds: 1,
      graphCapSeconds: 5,
      memoryPlays: 50,
      inkMemoryPlays: 5,
      verifyResults: 20,
    }
  : {
      sizes: [100, 1000, 10000],
      large: [1000, 10000],
      playthroughs: 200,
      stepRounds: 11,
      warmup: 3,
      bigRounds: 11,
      graphCapSeconds: 30,
      memoryPlays: 10000,
      inkMemoryPlays: 500,
      verifyResults: 1000,
    };

const log = (message) => process.stderr.write(`${message}\n`);
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;

const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    loadAverageAtStart: loadavg()[0],
    smoke,
    playthroughs: config.playthroughs,
  },
  stories: [],
  step: [],
  start: [],
  save: [],
  validation: [],
  analysis: [],
  analysisLoops: [],
  memory: [],
  verification: null,
  bundle: null,
  targets: [],
};

const target = (name, value, goal, met) => results.targets.push({ name, value, goal, met });
const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/* --- stories, variants and the cross-check ----------------------------------------------------------- */

const built = new Map();
for (const n of config.sizes) {
  log(
    `[${elapsed()}] N = ${n}: generating the story and its four forms (the ink compile is cached in .cache)`,
  );
  const story = generateStory(n, 1);
  const v = buildVariants(story, parsePack);
  log(`[${elapsed()}] N = ${n}: cross-checking ${config.playthroughs} seeded random playthroughs`);
  const playthroughs = crossCheck(v, config.playthroughs);
  const steps = playthroughs.reduce((sum, p) => sum + p.choices.length, 0);
  built.set(n, { v, playthroughs, steps });
  results.stories.push({
    n,
    steps: story.steps,
    endings: story.n - story.steps,
    window: story.window,
    packBytes: Buffer.byteLength(v.packText),
    inkJsonBytes: Buffer.byteLength(v.inkJson),
    playthroughs: playthroughs.length,
    meanChoicesPerPlay: round(steps / playthroughs.length, 1),
    endingsReached: new Set(playthroughs.map((p) => p.ending)).size,
    crossCheck: 'agree',
  });
}

/* --- step cost ---------------------------------------------------------------------------------------- */

const overhead = clockOverheadNs();
for (const n of config.sizes) {
  const { v, playthroughs, steps } = built.get(n);
  log(`[${elapsed()}] N = ${n}: step cost`);
  /**
   * ns per choice for one variant: the plays of a chunk of playthroughs are started untimed, then all their
   * choices are timed. Ruta, XState and the hand-written interpreter start every playthrough at once; inkjs
   * reuses a small pool of stories (a Story of the 10,000-node story weighs tens of MB).
   */
  const perStep = (chunkSize, setup, choose) => () => {
    const timer = sectionTimer(overhead);
    for (let from = 0; from < playthroughs.length; from += chunkSize) {
      const chunk = playthroughs.slice(from, from + chunkSize);
      timer.section(
        () => chunk.map((p, i) => setup(p, i)),
        (plays) => {
          for (let i = 0; i < plays.length; i++) choose(plays[i], chunk[i]);
        },
      );
    }
    return timer.totalNs / steps;
  };
  const all = playthroughs.length;
  const inkPool = Array.from(
    { length: Math.max(1, Math.min(all, Math.floor(3000 / n))) },
    () => new Story(v.inkJson),
  );
  const startRuta = () => startScenario(v.pack, scenarioId, { timers: false });
  const figures = rounds(
    {
      ruta: perStep(all, startRuta, (play, p) => {
        for (const id of p.choices) play.choose(id);
      }),
      rutaListing: perStep(all, startRuta, (play, p) => {
        for (const id of p.choices) {
          play.choices('en');
          play.choose(id);
        }
      }),
      xstate: perStep(
        all,
        () => createActor(v.machine).start(),
        (actor, p) => {
          for (const choiceId of p.choices) actor.send({ type: 'CHOOSE', choiceId });
        },
      ),
      hand: perStep(
        all,
        () => v.hand.start(),
        (play, p) => {
          for (const id of p.choices) v.hand.choose(play, id);
        },
      ),
      ink: perStep(
        inkPool.length,
        (_, i) => {
          const story = inkPool[i];
          story.ResetState();
          story.ContinueMaximally();
          return story;
        },
        (story, p) => {
          for (const index of p.indexes) {
            story.ChooseChoiceIndex(index);
            story.ContinueMaximally();
          }
        },
      ),
    },
    { rounds: config.stepRounds, warmup: config.warmup },
  );
  inkPool.length = 0;
  const row = {
    n,
    choicesPerRound: steps,
    rutaNs: round(median(figures.ruta), 0),
    rutaWithChoicesNs: round(median(figures.rutaListing), 0),
    xstateNs: round(median(figures.xstate), 0),
    handNs: round(median(figures.hand), 0),
    inkNs: round(median(figures.ink), 0),
    rutaOverXstate: round(medianRatio(figures.ruta, figures.xstate)),
    inkOverRuta: round(medianRatio(figures.ink, figures.ruta)),
    inkOverRutaWithChoices: round(medianRatio(figures.ink, figures.rutaListing)),
  };
  results.step.push(row);
  target(`step N=${n}: Ruta ÷ bare XState`, row.rutaOverXstate, '≤ 2', row.rutaOverXstate <= 2);
  target(`step N=${n}: inkjs ÷ Ruta (Ruta faster by)`, row.inkOverRuta, '≥ 4', row.inkOverRuta >= 4);
  settle();
}

/* --- start, save size, resume ------------------------------------------------------------------------- */

const halfway = (list) => list.slice(0, Math.floor(list.length / 2));
for (const n of config.sizes) {
  const { v, playthroughs } = built.get(n);
  log(`[${elapsed()}] N = ${n}: start, save and resume`);
  const story = new Story(v.inkJson);
  const count = playthroughs.length;
  const us = (ms, times = count) => (ms * 1000) / times;

  // Mid-scenario saves: every playthrough taken halfway.
  const rutaSaves = [];
  const xstateSaves = [];
  const inkSaves = [];
  for (const p of playthroughs) {
    const play = startScenario(v.pack, scenarioId, { timers: false });
    for (const id of halfway(p.choices)) play.choose(id);
    rutaSaves.push(JSON.stringify(play.save()));
    const actor = createActor(v.machine).start();
    for (const choiceId of halfway(p.choices)) actor.send({ type: 'CHOOSE', choiceId });
    xstateSaves.push(JSON.stringify(actor.getPersistedSnapshot()));
    story.ResetState();
    story.ContinueMaximally();
    for (const index of halfway(p.indexes)) {
      story.ChooseChoiceIndex(index);
      story.ContinueMaximally();
    }
    inkSaves.push(story.state.ToJson());
  }
  const bytes = (list) => median(list.map((text) => Buffer.byteLength(text)));
  const maxBytes = (list) => Math.max(...list.map((text) => Buffer.byteLength(text)));

  // A resumed Ruta play must be the saved one.
  const check = resume(v.pack, rutaSaves[0]);
  if (!check.ok) throw new Error(`resume refused a save of N = ${n}: ${JSON.stringify(check.issues)}`);

  const coldInk = Math.max(1, Math.min(count, Math.round(2000 / n)));
  const figures = rounds(
    {
      rutaStart: () => {
        for (let i = 0; i < count; i++) startScenario(v.pack, scenarioId, { timers: false });
      },
      xstateStart: () => {
        for (let i = 0; i < count; i++) createActor(v.machine).start();
      },
      handStart: () => {
        for (let i = 0; i < count; i++) v.hand.start();
      },
      inkStartWarm: () => {
        for (let i = 0; i < count; i++) {
          story.ResetState();
          story.ContinueMaximally();
        }
      },
      inkStartCold: () => {
        for (let i = 0; i < coldInk; i++) new Story(v.inkJson).ContinueMaximally();
      },
      rutaResume: () => {
        for (const text of rutaSaves) resume(v.pack, text);
      },
      xstateResume: () => {
        for (const text of xstateSaves) createActor(v.machine, { snapshot: JSON.parse(text) }).start();
      },
      inkResume: () => {
        for (const text of inkSaves) story.state.LoadJson(text);
      },
    },
    { rounds: config.stepRounds, warmup: config.warmup },
  );
  results.start.push({
    n,
    rutaUs: round(us(median(figures.rutaStart))),
    xstateUs: round(us(median(figures.xstateStart))),
    handUs: round(us(median(figures.handStart))),
    inkResetUs: round(us(median(figures.inkStartWarm))),
    inkNewStoryUs: round(us(median(figures.inkStartCold), coldInk)),
  });
  const saveRow = {
    n,
    rutaBytes: bytes(rutaSaves),
    rutaMaxBytes: maxBytes(rutaSaves),
    xstateBytes: bytes(xstateSaves),
    inkBytes: bytes(inkSaves),
    rutaResumeUs: round(us(median(figures.rutaResume))),
    xstateResumeUs: round(us(median(figures.xstateResume))),
    inkResumeUs: round(us(median(figures.inkResume))),
  };
  results.save.push(saveRow);
  target(
    `mid-scenario save N=${n}: Ruta bytes (median; largest ${saveRow.rutaMaxBytes})`,
    saveRow.rutaBytes,
    `≤ 1024 and ≤ inkjs (${saveRow.inkBytes})`,
    saveRow.rutaMaxBytes <= 1024 && saveRow.rutaBytes <= saveRow.inkBytes,
  );
}

/* --- validation and analysis (each pack in a fresh process: see pack-probe.mjs) ------------------------ */

function probePack(n, count, mode = '') {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      join(here, 'pack-probe.mjs'),
      String(n),
      String(count),
      mode,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out);
}

function xstateGraph(n, capSeconds) {
  return new Promise((resolvePromise) => {
    const worker = new Worker(new URL('./xstate-graph-worker.mjs', import.meta.url), {
      workerData: { n, seed: 1 },
    });
    const cpuAtStart = cpuNs();
    const timer = setTimeout(() => {
      // The CPU time the worker had used when stopped (the main thread only waits): a lower bound of its cost.
      const cpuMs = (cpuNs() - cpuAtStart) / 1e6;
      worker.terminate();
      resolvePromise({ status: 'timeout', cpuMs });
    }, capSeconds * 1000);
    worker.once('message', (message) => {
      clearTimeout(timer);
      worker.terminate();
      resolvePromise({ status: 'done', ...message });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ status: 'error', message: error.message });
    });
  });
}

for (const n of config.large) {
  log(`[${elapsed()}] N = ${n}: validation and analysis (in a fresh process)`);
  // Smaller packs get more rounds (each is quick): their figures are a few milliseconds, where one garbage
  // collection more or less in a round moves a ratio most.
  const probe = probePack(n, n >= 10000 ? config.bigRounds : 3 * config.bigRounds);
  const validation = {
    n,
    packBytes: probe.packBytes,
    jsonParseMs: round(median(probe.jsonMs)),
    parsePackMs: round(median(probe.parseMs)),
    parsePackJsonMs: round(median(probe.parseJsonMs)),
    parsePackOverJsonParse: round(medianRatio(probe.parseMs, probe.jsonMs)),
    parsePackJsonOverJsonParse: round(medianRatio(probe.parseJsonMs, probe.jsonMs)),
  };
  results.validation.push(validation);
  target(
    `validation N=${n}: parsePack ÷ JSON.parse`,
    validation.parsePackOverJsonParse,
    '≤ 4',
    validation.parsePackOverJsonParse <= 4,
  );

  const cap = config.graphCapSeconds * (n >= 10000 ? 2 : 1);
  log(`[${elapsed()}] N = ${n}: @xstate/graph getShortestPaths (capped at ${cap} s)`);
  const graph = await xstateGraph(n, cap);
  const ms = median(probe.analyzeMs);
  const row = {
    n,
    analyzeMs: round(ms),
    exhaustive: probe.exploration.exhaustive,
    statesExplored: probe.exploration.states,
    limit: probe.exploration.limit ?? null,
    analyzeColdMs: round(probe.analyzeColdMs),
    analyzeUnparsedMs: round(median(probe.unparsedMs)),
    analyzeWithoutConditionsMs: round(median(probe.bareMs)),
    xstateGraph:
      graph.status === 'done'
        ? { ms: round(graph.ms), paths: graph.paths }
        : graph.status === 'timeout'
          ? { didNotFinishIn: `${cap} s`, cpuMsWhenStopped: round(graph.cpuMs) }
          : { error: graph.message },
  };
  // When @xstate/graph did not finish, the CPU time it had used is a lower bound, so the ratio is one too.
  const graphMs = graph.status === 'done' ? graph.ms : graph.cpuMs;
  row.xstateGraphOverAnalyze = graph.status === 'error' ? null : round(graphMs / ms, 1);
  row.ratioIsLowerBound = graph.status === 'timeout';
  results.analysis.push(row);
  if (n >= 10000 || smoke)
    target(`analysis N=${n}: analyzePack ms`, row.analyzeMs, '< 50', row.analyzeMs < 50);
  target(
    `analysis N=${n}: @xstate/graph ÷ analyzePack`,
    row.ratioIsLowerBound ? `≥ ${row.xstateGraphOverAnalyze}` : row.xstateGraphOverAnalyze,
    '≥ 10',
    row.xstateGraphOverAnalyze !== null && row.xstateGraphOverAnalyze >= 10,
  );
}

/* --- analysis of the pack with loops (in a fresh process, against the pack without them) --------------- */

{
  const n = config.large[config.large.length - 1];
  log(`[${elapsed()}] N = ${n} with loops: analysis (in a fresh process)`);
  const probe = probePack(n, config.bigRounds, 'loops');
  const row = {
    n,
    analyzeMs: round(median(probe.analyzeMs)),
    analyzeColdMs: round(probe.analyzeColdMs),
    acyclicMs: round(median(probe.acyclicMs)),
    overAcyclic: round(medianRatio(probe.analyzeMs, probe.acyclicMs)),
    exhaustive: probe.exploration.exhaustive,
    statesExplored: probe.exploration.states,
    transitions: probe.exploration.transitions,
    limit: probe.exploration.limit ?? null,
    loop: probe.loop,
    pathsExact: probe.pathsExact,
    figureWork: probe.budget.workUsed,
  };
  results.analysisLoops.push(row);
  target(
    `analysis N=${n} with loops: exact figures, loops found`,
    row.exhaustive && row.pathsExact && row.loop ? 'yes' : 'no',
    'yes',
    row.exhaustive && row.pathsExact && row.loop,
  );
  target(`analysis N=${n} with loops ÷ without`, row.overAcyclic, '≤ 10', row.overAcyclic <= 10);
}

/* --- memory per live play ----------------------------------------------------------------------------- */

{
  const n = config.sizes[0];
  const { playthroughs } = built.get(n);
  const file = join(cache, `playthroughs-${n}.json`);
  writeFileSync(file, JSON.stringify(playthroughs));
  const probe = (variant, size, plays) => {
    const sizeFile = size === n ? file : join(cache, `playthroughs-${size}.json`);
    if (size !== n) writeFileSync(sizeFile, JSON.stringify(built.get(size).playthroughs));
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        join(here, 'memory-probe.mjs'),
        variant,
        String(size),
        String(plays),
        sizeFile,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(out).bytesPerPlay;
  };
  for (const variant of ['ruta', 'xstate', 'hand', 'ink']) {
    const plays = variant === 'ink' ? config.inkMemoryPlays : config.memoryPlays;
    log(`[${elapsed()}] memory: ${plays} live ${variantNames[variant]} plays of N = ${n}`);
    results.memory.push({
      variant: variantNames[variant],
      n,
      plays,
      bytesPerPlay: round(probe(variant, n, plays), 0),
    });
  }
  const largest = config.sizes[config.sizes.length - 1];
  if (largest !== n) {
    log(`[${elapsed()}] memory: ${config.memoryPlays} live Ruta plays of N = ${largest}`);
    results.memory.push({
      variant: variantNames.ruta,
      n: largest,
      plays: config.memoryPlays,
      bytesPerPlay: round(probe('ruta', largest, config.memoryPlays), 0),
    });
  }
}

/* --- replay verification throughput ----------------------------------------------------------------- */

{
  const n = config.sizes[0];
  const { v, playthroughs } = built.get(n);
  log(`[${elapsed()}] replay verification: ${config.verifyResults} results`);
  const submitted = [];
  for (let i = 0; i < config.verifyResults; i++) {
    const p = playthroughs[i % playthroughs.length];
    const events = p.choices.map((choiceId) => ({ type: 'CHOOSE', choiceId }));
    const result = replay(v.pack, scenarioId, events);
    submitted.push({
      packId: v.pack.id,
      packVersion: v.pack.version,
      scenarioId,
      events,
      completedAt: '2026-11-20T15:04:05Z',
      claimed: { overall: result.scores.overall, outcome: result.ending?.outcome ?? null },
    });
  }
  const checked = verifyResults(submitted, [v.pack], regionalProgram);
  if (checked.verified.length !== submitted.length)
    throw new Error(
      `verifyResults refused ${checked.refused.length} honest results: ${checked.refused[0]?.message.en}`,
    );
  const figures = rounds(
    { verify: () => verifyResults(submitted, [v.pack], regionalProgram) },
    { rounds: config.bigRounds, warmup: 1 },
  );
  const ms = median(figures.verify);
  results.verification = {
    n,
    results: submitted.length,
    meanEventsPerResult: round(submitted.reduce((sum, s) => sum + s.events.length, 0) / submitted.length, 1),
    ms: round(ms),
    resultsPerSecond: round((submitted.length * 1000) / ms, 0),
  };
}

/* --- the lab: first load, bundle contents, navigation to the first choice (see lab.mjs) ---------------- */

await (await import('./lab.mjs')).labBench({ results, target, log, smoke, median, medianRatio, round });

/* --- the lab's bundle ---------------------------------------------------------------------------------- */

{
  const dist = join(here, '..', 'apps', 'lab', 'dist');
  if (!existsSync(join(dist, 'index.html'))) results.bundle = { status: 'not built' };
  else {
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(m?js)$/.test(name)) files.push(path);
      }
    };
    walk(dist);
    const gz = (path) => gzipSync(readFileSync(path)).length;
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/(?:src|href)="([^"]+\.m?js)"/g)].map((m) =>
      join(dist, m[1].replace(/^\.?\//, '')),
    );
    const firstLoad = referenced.filter((path) => existsSync(path));
    results.bundle = {
      status: 'built',
      firstLoadFiles: firstLoad.length,
      firstLoadGzipBytes: firstLoad.reduce((sum, path) => sum + gz(path), 0),
      totalFiles: files.length,
      totalGzipBytes: files.reduce((sum, path) => sum + gz(path), 0),
    };
  }
}

/* --- @ruta/ui main entry (ui-entry.mjs) ------------------------------------------------------------------ */

{
  const { uiEntrySize } = await import('./ui-entry.mjs');
  results.uiEntry = await uiEntrySize();
  if (results.uiEntry.status === 'built') {
    const kb = round(results.uiEntry.gzipBytes / 1024, 1);
    target('@ruta/ui main entry, KB gzip without React and the @ruta libraries', kb, '≤ 40', kb <= 40);
  }
}

/* --- the 3D scenes of @ruta/ui/scene (scene.mjs: headless Chromium, SwiftShader) ---------------------- */

if (smoke)
  log(
    `[${elapsed()}] 3D scenes skipped in the smoke run (their tests are in @ruta/ui; node scene.mjs runs them)`,
  );
else {
  log(`[${elapsed()}] 3D scenes in headless Chromium`);
  const { sceneBench } = await import('./scene.mjs');
  results.scene = await sceneBench({ log, target });
}

results.meta.seconds = Math.round((Date.now() - began) / 1000);
results.meta.loadAverageAtEnd = loadavg()[0];

/* --- report ------------------------------------------------------------------------------------------- */

const markdown = renderMarkdown(results);
process.stdout.write(`${markdown}\n`);
if (smoke)
  log(`[${elapsed()}] smoke run done: every variant agreed and every section ran (no files written)`);
else {
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(here, 'results.md'), markdown);
  updateReadme(markdown);
  log(`[${elapsed()}] wrote bench/results.json, bench/results.md and the README's tables`);
}
