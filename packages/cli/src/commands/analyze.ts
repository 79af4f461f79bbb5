import { analyzePack, type PackAnalysis, type ScenarioAnalysis } from '@ruta/scenario-engine/analysis';
import { type Command, type Context, printJson } from '../command';
import { usageError } from '../failures';
import { flag, positionals, stringOption } from '../options';
import { loadPack, scenarioOf } from '../pack-files';

const score = (value: number) => value.toFixed(2);

function scenarioTable(analysis: ScenarioAnalysis, { t }: Context): string[] {
  const m = analysis.metrics;
  const e = analysis.exploration;
  const rows: [string, string][] = [
    [t.colNodes, t.nodeCounts(m.nodes, m.steps, m.endings)],
    [t.colShortest, m.shortestPath === null ? '—' : t.moves(m.shortestPath.length)],
    [
      t.colLongest,
      m.longestPath === null
        ? '—'
        : m.loop !== null
          ? t.unbounded(m.loop.moves.map((s) => s.choice ?? 'timeout').join(' → '))
          : t.moves(m.longestPath.length),
    ],
    [t.colBest, m.bestScore === null ? '—' : score(m.bestScore.overall)],
    [t.colWorst, m.worstScore === null ? '—' : score(m.worstScore.overall)],
    [
      t.colReachableEndings,
      m.reachableEndings.length === 0
        ? '—'
        : m.reachableEndings.map((x) => `${x.node} (${t.outcome[x.outcome]})`).join(', '),
    ],
    [t.colUnreachableEndings, m.unreachableEndings.length === 0 ? '—' : m.unreachableEndings.join(', ')],
    [t.colErrors, String(analysis.errors.length)],
    [
      t.colExploration,
      e.exhaustive
        ? t.exhaustive(e.states, e.transitions)
        : t.boundHit(e.limit ?? 'max-states', e.states, e.transitions),
    ],
  ];
  if (!m.pathsExact) rows.push([t.colPaths, t.pathsNotExact]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

function report(analysis: PackAnalysis, shown: ScenarioAnalysis[], context: Context): string {
  const { t } = context;
  const lines = [t.analysisTitle(analysis.packId, analysis.packVersion)];
  for (const scenario of shown) {
    lines.push('', t.scenarioHeading(scenario.scenario), ...scenarioTable(scenario, context));
    for (const error of scenario.errors) lines.push(`  ✗ ${error.path}: ${error.message}`);
  }
  const shownIds = new Set(shown.map((s) => s.scenario));
  const warnings = analysis.warnings.filter((w) => shownIds.has(w.scenario));
  if (warnings.length > 0) {
    lines.push('', t.warningsHeading(warnings.length));
    for (const warning of warnings) lines.push(`  ! ${warning.path}: ${warning.message}`);
  }
  const unexplored = analysis.journeys.filter((j) => !j.exhaustive).map((j) => j.journey);
  if (unexplored.length > 0) lines.push('', t.journeysNotExhaustive(unexplored));
  const errors = shown.reduce((n, s) => n + s.errors.length, 0);
  lines.push('', errors === 0 ? t.analysisPassed(shown.length) : t.analysisFailed(errors));
  return `${lines.join('\n')}\n`;
}

/** `ruta analyze <pack> [--scenario id] [--json]`: the engine's static checks and metrics. */
export const analyzeCommand: Command = {
  name: 'analyze',
  options: { scenario: { type: 'string' }, json: { type: 'boolean' }, 'max-states': { type: 'string' } },
  async run(line, context) {
    const { io, t } = context;
    const [argument] = positionals(line, [t.argPack], t) as [string];
    const pack = loadPack(io, t, argument, context.lang);
    const only = stringOption(line, 'scenario');
    if (only !== undefined) scenarioOf(pack, only, t);
    const maxStatesText = stringOption(line, 'max-states');
    const maxStates = maxStatesText === undefined ? undefined : Number(maxStatesText);
    if (maxStates !== undefined && (!Number.isInteger(maxStates) || maxStates < 1))
      throw usageError(t.badPositiveInteger('--max-states', maxStatesText ?? ''));
    const analysis = analyzePack(pack, {
      lang: context.lang,
      ...(maxStates === undefined ? {} : { maxStates }),
    });
    const shown = analysis.scenarios.filter((s) => only === undefined || s.scenario === only);
    const failed = shown.some((s) => s.errors.length > 0);
    if (flag(line, 'json'))
      printJson(
        io,
        only === undefined
          ? analysis
          : {
              ...analysis,
              ok: !failed,
              scenarios: shown,
              errors: shown.flatMap((s) => s.errors),
              warnings: analysis.warnings.filter((w) => w.scenario === only),
            },
      );
    else io.out(report(analysis, shown, context));
    return failed ? 1 : 0;
  },
};
