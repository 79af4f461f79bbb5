/**
 * Renders the benchmark results (the object run.mjs writes to results.json) as the markdown tables of
 * results.md and the README: `node report.mjs` re-renders both from results.json. Tables are padded
 * the way the repository's formatter (biome) lays out markdown, so the files it writes pass `biome check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const fmt = (value, unit = '') =>
  value === null || value === undefined ? '—' : `${Number(value).toLocaleString('en-US')}${unit}`;

/** A markdown table with every column padded to its widest cell. */
function table(head, rows) {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(3, ...all.map((row) => String(row[c]).length)));
  const line = (row) => `| ${row.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function renderMarkdown(results) {
  const smoke = results.meta.smoke;
  return [
    `Measured ${results.meta.date.slice(0, 10)} on ${results.meta.cpu}, Node ${results.meta.node}, load average ${results.meta.loadAverageAtStart.toFixed(1)} at start${smoke ? ' (SMOKE RUN: one size, tiny repeat counts — not figures to quote)' : ''}. Medians over repeated rounds; ratios are medians of per-round ratios. Run: \`npm run bench\`.`,
    '',
    '**Stories** (the same generated scenario as a Ruta pack, a bare XState machine, a hand-written interpreter and an ink story; all four gave the same choices, endings and variables on every seeded playthrough before timing)',
    '',
    table(
      [
        'N',
        'steps / endings',
        'pack JSON',
        'ink JSON',
        'playthroughs',
        'choices per play',
        'endings reached',
      ],
      results.stories.map((s) => [
        fmt(s.n),
        `${fmt(s.steps)} / ${fmt(s.endings)}`,
        fmt(Math.round(s.packBytes / 1024), ' KB'),
        fmt(Math.round(s.inkJsonBytes / 1024), ' KB'),
        fmt(s.playthroughs),
        fmt(s.meanChoicesPerPlay),
        fmt(s.endingsReached),
      ]),
    ),
    '',
    '**Step cost** (ns per choice; the play is started untimed)',
    '',
    table(
      [
        'N',
        'Ruta',
        'Ruta + choices()',
        'bare XState',
        'hand-written',
        'inkjs',
        'Ruta ÷ XState',
        'inkjs ÷ Ruta',
      ],
      results.step.map((s) => [
        fmt(s.n),
        fmt(s.rutaNs),
        fmt(s.rutaWithChoicesNs),
        fmt(s.xstateNs),
        fmt(s.handNs),
        fmt(s.inkNs),
        `${fmt(s.rutaOverXstate)}×`,
        `${fmt(s.inkOverRuta)}×`,
      ]),
    ),
    '',
    '**Start a play** (µs)',
    '',
    table(
      ['N', 'Ruta startScenario', 'bare XState actor', 'hand-written', 'inkjs ResetState', 'inkjs new Story'],
      results.start.map((s) => [
        fmt(s.n),
        fmt(s.rutaUs),
        fmt(s.xstateUs),
        fmt(s.handUs),
        fmt(s.inkResetUs),
        fmt(s.inkNewStoryUs),
      ]),
    ),
    '',
    '**Mid-scenario save** (median bytes of JSON text; resume in µs)',
    '',
    table(
      [
        'N',
        'Ruta save()',
        'XState persisted snapshot',
        'inkjs state.ToJson()',
        'Ruta resume',
        'XState restore',
        'inkjs LoadJson',
      ],
      results.save.map((s) => [
        fmt(s.n),
        `${fmt(s.rutaBytes)} B (max ${fmt(s.rutaMaxBytes)})`,
        `${fmt(s.xstateBytes)} B`,
        `${fmt(s.inkBytes)} B`,
        fmt(s.rutaResumeUs),
        fmt(s.xstateResumeUs),
        fmt(s.inkResumeUs),
      ]),
    ),
    '',
    '**Validation** (ms)',
    '',
    table(
      [
        'N',
        'pack JSON',
        'JSON.parse',
        'parsePack',
        'parsePackJson',
        'parsePack ÷ JSON.parse',
        'parsePackJson ÷ JSON.parse',
      ],
      results.validation.map((s) => [
        fmt(s.n),
        fmt(Math.round(s.packBytes / 1024), ' KB'),
        fmt(s.jsonParseMs),
        fmt(s.parsePackMs),
        fmt(s.parsePackJsonMs),
        `${fmt(s.parsePackOverJsonParse)}×`,
        `${fmt(s.parsePackJsonOverJsonParse)}×`,
      ]),
    ),
    '',
    '**Analysis** (ms)',
    '',
    table(
      [
        'N',
        'analyzePack',
        'states explored',
        'first analyzePack in a fresh process',
        'analyzePack, pack built in code',
        'analyzePack, conditions removed',
        '@xstate/graph getShortestPaths',
        '@xstate/graph ÷ analyzePack',
      ],
      results.analysis.map((s) => [
        fmt(s.n),
        fmt(s.analyzeMs),
        `${fmt(s.statesExplored)}${s.exhaustive ? '' : ` (stopped: ${s.limit})`}`,
        s.analyzeColdMs === undefined ? '—' : fmt(s.analyzeColdMs),
        s.analyzeUnparsedMs === undefined ? '—' : fmt(s.analyzeUnparsedMs),
        fmt(s.analyzeWithoutConditionsMs),
        s.xstateGraph.ms !== undefined
          ? `${fmt(s.xstateGraph.ms)} (${fmt(s.xstateGraph.paths)} paths)`
          : s.xstateGraph.didNotFinishIn !== undefined
            ? `did not finish in ${s.xstateGraph.didNotFinishIn} (stopped after ${fmt(s.xstateGraph.cpuMsWhenStopped)} ms of CPU)`
            : `failed: ${s.xstateGraph.error}`,
        s.xstateGraphOverAnalyze === null
          ? '—'
          : `${s.ratioIsLowerBound ? '≥ ' : ''}${fmt(s.xstateGraphOverAnalyze)}×`,
      ]),
    ),
    '',
    `**Analysis with loops** (ms; the same story with an "ask again" loop every 25 steps, against it without them in the same rounds${(results.analysisLoops ?? []).map((s) => (s.measured ? `; measured ${s.measured}` : '')).join('')})`,
    '',
    table(
      [
        'N',
        'analyzePack',
        'without the loops',
        'with ÷ without',
        'first analyzePack in a fresh process',
        'states explored',
        'a trainee can loop',
        'figures exact',
      ],
      (results.analysisLoops ?? []).map((s) => [
        fmt(s.n),
        fmt(s.analyzeMs),
        fmt(s.acyclicMs),
        `${fmt(s.overAcyclic)}×`,
        fmt(s.analyzeColdMs),
        `${fmt(s.statesExplored)}${s.exhaustive ? '' : ` (stopped: ${s.limit})`}`,
        s.loop ? 'yes' : 'no',
        s.pathsExact ? 'yes' : 'no',
      ]),
    ),
    '',
    '**Memory per live play** (used heap after GC, divided by the number of plays alive at once, each halfway through)',
    '',
    table(
      ['engine', 'N', 'plays alive', 'bytes per play'],
      results.memory.map((m) => [m.variant, fmt(m.n), fmt(m.plays), fmt(m.bytesPerPlay)]),
    ),
    '',
    '**Replay verification** (`@ruta/certification` `verifyResults`)',
    '',
    table(
      ['N', 'results', 'choices per result', 'ms', 'results per second'],
      [
        [
          fmt(results.verification.n),
          fmt(results.verification.results),
          fmt(results.verification.meanEventsPerResult),
          fmt(results.verification.ms),
          fmt(results.verification.resultsPerSecond),
        ],
      ],
    ),
    '',
    `**The lab's bundle**: ${
      results.bundle.status === 'built'
        ? `first load ${fmt(Math.round(results.bundle.firstLoadGzipBytes / 1024), ' KB')} gzip (${results.bundle.firstLoadFiles} files), total ${fmt(Math.round(results.bundle.totalGzipBytes / 1024), ' KB')} gzip (${results.bundle.totalFiles} files)`
        : 'not built (`apps/lab/dist` is absent)'
    }`,
    '',
    ...(results.uiEntry?.status === 'built'
      ? [
          `**\`@ruta/ui\` main entry**: ${fmt(Math.round(results.uiEntry.gzipBytes / 1024), ' KB')} gzip without React and the @ruta libraries; ${fmt(Math.round(results.uiEntry.withLibrariesGzipBytes / 1024), ' KB')} with them, where an app that only starts a play already loads ${fmt(Math.round(results.uiEntry.playAloneGzipBytes / 1024), ' KB')} (largest, minified: ${results.uiEntry.largest.map((l) => `${l.name} ${Math.round(l.minifiedBytes / 1024)} KB`).join(', ')})`,
          '',
        ]
      : []),
    '**Targets**',
    '',
    table(
      ['target', 'value', 'goal', 'met'],
      results.targets.map((t) => [t.name, String(t.value), t.goal, t.met ? 'yes' : '**no**']),
    ),
    '',
  ].join('\n');
}

/** Puts the tables in README.md's "Latest results" section (between its heading and the next one). */
export function updateReadme(markdown) {
  const file = new URL('./README.md', import.meta.url);
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf('## Latest results\n');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) return;
  writeFileSync(
    file,
    `${readme.slice(0, start)}## Latest results\n\n${markdown.trim()}\n${readme.slice(end)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
  const markdown = renderMarkdown(results);
  writeFileSync(new URL('./results.md', import.meta.url), markdown);
  updateReadme(markdown);
}
