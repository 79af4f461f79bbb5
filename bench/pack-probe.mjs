/**
 * Validation and analysis of one generated pack, timed in a fresh process (run by run.mjs):
 *   node --expose-gc pack-probe.mjs <n> <rounds>
 *   node --expose-gc pack-probe.mjs <n> <rounds> loops   (the pack with loops: see loopsProbe below)
 * A fresh process has only this pack in its heap, as the CLI or a build step would: measured in the big
 * benchmark process, every garbage collection would also walk the other stories, machines and ink JSON kept
 * there. Prints per-round CPU milliseconds of JSON.parse, parsePack, parsePackJson, analyzePack, and
 * analyzePack on the same pack with every condition removed, plus what the analysis explored.
 */
import { parsePack, parsePackJson } from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { generateStory, toPack, withLoops } from './generate.mjs';
import { settle, timeMs } from './timing.mjs';

const n = Number(process.argv[2]);
const count = Number(process.argv[3]);
const packText = JSON.stringify(toPack(generateStory(n, 1)));

/**
 * The same story with loops (`withLoops`): analyzePack on it and, in the same rounds, on the pack without
 * loops (the baseline its ratio is taken against), both parsed once. Prints the per-round CPU milliseconds
 * of each, the first analysis of the looped pack in this process, what it explored and what it found.
 */
function loopsProbe() {
  const plain = parsePack(JSON.parse(packText));
  const looped = parsePack(withLoops(JSON.parse(packText)));
  if (!plain.ok || !looped.ok)
    throw new Error(
      `parsePack refused the generated pack with loops of N = ${n}: ${looped.issues?.[0]?.message}`,
    );
  const out = { analyzeMs: [], acyclicMs: [] };
  let report;
  for (let r = -3; r < count; r++) {
    settle();
    const a = timeMs(() => {
      report = analyzePack(looped.value);
    });
    const b = timeMs(() => analyzePack(plain.value));
    if (r === -3) out.analyzeColdMs = a;
    if (r < 0) continue;
    out.analyzeMs.push(a);
    out.acyclicMs.push(b);
  }
  const scenario = report.scenarios[0];
  if (scenario.errors.length > 0)
    throw new Error(
      `analyzePack finds errors in the pack with loops of N = ${n}: ${scenario.errors[0].message}`,
    );
  out.exploration = scenario.exploration;
  out.loop = scenario.metrics.loop !== null;
  out.pathsExact = scenario.metrics.pathsExact;
  out.bestScore = scenario.metrics.bestScore?.overall ?? null;
  out.worstScore = scenario.metrics.worstScore?.overall ?? null;
  out.budget = report.budget;
  return out;
}
if (process.argv[4] === 'loops') {
  process.stdout.write(JSON.stringify(loopsProbe()));
  process.exit(0);
}

/** The same pack with every condition removed: the graph alone, no variable read. */
function withoutConditions() {
  const document = JSON.parse(packText);
  for (const node of Object.values(document.scenarios[0].nodes))
    for (const choice of node.choices ?? []) delete choice.when;
  const parsed = parsePack(document);
  if (!parsed.ok) throw new Error('the condition-free copy of the generated pack is not valid');
  return parsed.value;
}

const out = { jsonMs: [], parseMs: [], parseJsonMs: [], analyzeMs: [], unparsedMs: [], bareMs: [] };
let report;
// Untimed warm-up rounds first, so every figure is measured with the code optimised (the engine's hot loops
// are compiled, deoptimised once or twice while their type feedback fills in, and compiled again over the
// first two or three calls). The very first analysis, cold, is kept as a figure of its own: what one
// `ruta analyze` run in a fresh process pays.
const warmup = 3;
for (let r = -warmup; r < count; r++) {
  // Garbage of the previous round is collected first; within a round the figures run back to back, as in a
  // real build step (parse, then analyse), each paying for its own garbage collection.
  settle();
  const fresh = JSON.parse(packText);
  const a = timeMs(() => JSON.parse(packText));
  let parsed;
  const b = timeMs(() => {
    parsed = parsePack(fresh);
  });
  if (!parsed.ok)
    throw new Error(`parsePack refused the generated pack of N = ${n}: ${parsed.issues[0]?.message}`);
  let fromText;
  const c = timeMs(() => {
    fromText = parsePackJson(packText);
  });
  if (!fromText.ok)
    throw new Error(`parsePackJson refused the generated pack of N = ${n}: ${fromText.issues[0]?.message}`);
  const d = timeMs(() => {
    report = analyzePack(parsed.value);
  });
  const bare = withoutConditions();
  const e = timeMs(() => analyzePack(bare));
  if (r === -warmup) out.analyzeColdMs = d;
  if (r < 0) continue;
  out.jsonMs.push(a);
  out.parseMs.push(b);
  out.parseJsonMs.push(c);
  out.analyzeMs.push(d);
  out.bareMs.push(e);
}
// The same pack as plain objects, as a pack built in code is (the analysis compiles it first): rounds of
// their own, after the others, so its heap (a second copy of the pack per round) weighs on no other figure.
for (let r = -1; r < count; r++) {
  settle();
  const plain = JSON.parse(packText);
  const u = timeMs(() => analyzePack(plain));
  if (r >= 0) out.unparsedMs.push(u);
}
const scenario = report.scenarios[0];
if (scenario.errors.length > 0)
  throw new Error(
    `analyzePack finds errors in the generated pack of N = ${n}: ${scenario.errors[0].message}`,
  );
out.packBytes = Buffer.byteLength(packText);
out.exploration = scenario.exploration;
process.stdout.write(JSON.stringify(out));
