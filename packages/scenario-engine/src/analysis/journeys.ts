import { formatPath } from '@ruta/curriculum';
import type { Journey, Pack } from '../schema';
import { compileScenario } from './compile';
import { explore, protectedReachable, trackedInitial } from './explore';
import type { JourneyAnalysis, JourneyWarning, VariableValues } from './report';

/**
 * Journeys: each step starts with the carried values its predecessor can end with. For every distinct
 * carried start (up to `maxCarriedStarts` per step), the step is explored and, when it can no longer reach a
 * `protected` ending, a warning names the values. A bad start to a case may rightly doom it: a warning, not
 * an error.
 */
export function analyzeJourney(
  pack: Pack,
  journey: Journey,
  index: number,
  limits: { maxStates: number; maxCarriedStarts: number },
): JourneyAnalysis {
  const warnings: JourneyWarning[] = [];
  let exhaustive = true;
  const carryNames = journey.carry ?? [];
  // The carried starts of the current step (values of the carried variables), starting with "none".
  let starts: (VariableValues | undefined)[] = [undefined];
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
    const outs = new Map<string, VariableValues>();
    const seen = new Set<string>();
    for (const start of starts) {
      const initial = trackedInitial(scenario, tracked, start);
      const startKey = JSON.stringify(carried.map((name) => initial[name]));
      if (seen.has(startKey)) continue;
      seen.add(startKey);
      const graph = explore(compiled, { initial, tracked, maxStates: limits.maxStates });
      if (!graph.exhaustive) exhaustive = false;
      if (step > 0 && graph.exhaustive && !protectedReachable(graph)) {
        const values: VariableValues = {};
        for (const name of carried) values[name] = initial[name]!;
        const listed = carried.map((name) => `${name} = ${values[name]}`).join(', ');
        warnings.push({
          kind: 'journey-doomed-start',
          journey: journey.id,
          step,
          scenario: scenario.id,
          path: formatPath(['journeys', index, 'steps', step]),
          carried: values,
          message: `journey "${journey.id}", step ${step + 1} ("${scenario.id}"): starting with ${listed || 'the carried values'}, no "protected" ending can be reached`,
        });
      }
      for (let s = 0; s < graph.node.length; s++) {
        if (compiled.ending[graph.node[s]!] === undefined) continue;
        const values = graph.values[s]!;
        const out: VariableValues = {};
        for (const name of carried) out[name] = values[name]!;
        outs.set(JSON.stringify(carried.map((name) => out[name])), out);
      }
    }
    starts = [...outs.values()];
    if (starts.length > limits.maxCarriedStarts) {
      exhaustive = false;
      starts = starts.slice(0, limits.maxCarriedStarts);
    }
    if (starts.length === 0) break;
  }
  return { journey: journey.id, warnings, exhaustive };
}
