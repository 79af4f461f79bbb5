import { formatPath } from '@ruta/curriculum';
import type { Variables } from '../conditions';
import type { Journey, Pack } from '../schema';
import { compileScenario } from './compile';
import { explore, trackedInitial } from './explore';
import type { AnalysisMessages } from './messages';
import { statesReaching } from './paths';
import type { JourneyAnalysis, JourneyWarning, VariableValues } from './report';

/**
 * Journeys: each step starts with the carried values its predecessor can end with. A step is explored once
 * from all its distinct carried starts together (they share most states); a reverse search from the
 * `protected` endings then tells, for each start, whether such an ending can still be reached. The starts
 * from which it cannot are reported as one warning per step. A bad start to a case may rightly doom it:
 * a warning, not an error.
 */
export function analyzeJourney(
  pack: Pack,
  journey: Journey,
  index: number,
  limits: { maxStates: number; maxCarriedStarts: number },
  t: AnalysisMessages,
): JourneyAnalysis {
  const warnings: JourneyWarning[] = [];
  let exhaustive = true;
  const carryNames = journey.carry ?? [];
  // The carried values each step can start with (undefined: the declared initial values).
  let incoming: (VariableValues | undefined)[] = [undefined];
  for (let step = 0; step < journey.steps.length; step++) {
    const scenarioIndex = pack.scenarios.findIndex((scenario) => scenario.id === journey.steps[step]);
    const scenario = pack.scenarios[scenarioIndex];
    if (scenario === undefined) break;
    const compiled = compileScenario(scenario, scenarioIndex);
    const declared = scenario.variables ?? {};
    const carried = carryNames.filter((name) => declared[name] !== undefined);
    const tracked = Object.keys(declared).filter(
      (name) => compiled.readVariables.includes(name) || carried.includes(name),
    );
    // Distinct starts after clamping to this step's ranges.
    const starts: Variables[] = [];
    const seen = new Set<string>();
    for (const values of incoming) {
      const initial = trackedInitial(scenario, tracked, values);
      const key = JSON.stringify(carried.map((name) => initial[name]));
      if (seen.has(key)) continue;
      seen.add(key);
      starts.push(initial);
    }
    const graph = explore(compiled, {
      initial: starts,
      tracked,
      keptAtEndings: carried,
      maxStates: limits.maxStates,
    });
    if (!graph.exhaustive) exhaustive = false;
    if (step > 0) {
      const reachesProtected = statesReaching(graph, (node) => compiled.ending[node] === 'protected');
      const doomed: VariableValues[] = [];
      starts.forEach((start, i) => {
        if (reachesProtected[graph.roots[i]!] === 1) return;
        const values: VariableValues = {};
        for (const name of carried) values[name] = start[name]!;
        doomed.push(values);
      });
      if (doomed.length > 0) {
        warnings.push({
          kind: 'journey-doomed-start',
          journey: journey.id,
          step,
          scenario: scenario.id,
          path: formatPath(['journeys', index, 'steps', step]),
          carried: doomed,
          starts: starts.length,
          message: t.doomedStart(journey.id, step + 1, scenario.id, doomed.length, starts.length, doomed[0]!),
        });
      }
    }
    const outs = new Map<string, VariableValues>();
    for (let s = 0; s < graph.node.length; s++) {
      if (compiled.ending[graph.node[s]!] === undefined) continue;
      const values = graph.valuesAt(s);
      const out: VariableValues = {};
      for (const name of carried) out[name] = values[name]!;
      outs.set(JSON.stringify(carried.map((name) => out[name])), out);
    }
    incoming = [...outs.values()];
    if (incoming.length > limits.maxCarriedStarts) {
      exhaustive = false;
      incoming = incoming.slice(0, limits.maxCarriedStarts);
    }
    if (incoming.length === 0) break;
  }
  return { journey: journey.id, warnings, exhaustive };
}
