import { formatPath } from '@ruta/curriculum';
import type { Variables } from '../conditions';
import type { Journey, Outcome, Pack } from '../schema';
import type { Budget } from './budget';
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
 * a warning, not an error. An ending marked `closesCase` ends the journey: its outcome is one the journey
 * can end with, and it carries nothing into the next step. A step that can end `harmed` without closing the
 * case, while a later step can still end `protected`, is warned about (a lost case the journey may forget).
 */
export function analyzeJourney(
  pack: Pack,
  journey: Journey,
  index: number,
  limits: { maxStates: number; maxCarriedStarts: number; budget: Budget },
  t: AnalysisMessages,
): JourneyAnalysis {
  const warnings: JourneyWarning[] = [];
  let exhaustive = true;
  let limit: 'pack-budget' | undefined;
  const carryNames = journey.carry ?? [];
  // The carried values each step can start with (undefined: the declared initial values).
  let incoming: (VariableValues | undefined)[] = [undefined];
  const outcomes = new Set<Outcome>();
  // Per step: the `harmed` endings reached that do not close the case; whether a `protected` ending is reachable.
  const harmedOpen: { step: number; scenario: string; index: number; endings: string[] }[] = [];
  const protectedSteps: number[] = [];
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
    // Journey steps draw on the pack's budget like scenarios.
    const left = limits.budget.statesLeft;
    const at = formatPath(['journeys', index, 'steps', step]);
    if (left === 0) {
      limits.budget.stop(at);
      exhaustive = false;
      limit = 'pack-budget';
      break;
    }
    const bound = Math.min(limits.maxStates, left);
    const graph = explore(compiled, {
      initial: starts,
      tracked,
      keptAtEndings: carried,
      maxStates: bound,
    });
    limits.budget.statesUsed += graph.node.length;
    if (!graph.exhaustive) exhaustive = false;
    if (graph.reason === 'max-states' && bound < limits.maxStates) {
      limits.budget.stop(at);
      limit = 'pack-budget';
    }
    if (step > 0) {
      const reachesProtected = statesReaching(graph, (node) => compiled.ending[node] === 'protected');
      if (graph.roots.some((root) => reachesProtected[root] === 1)) protectedSteps.push(step);
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
    const last = step === journey.steps.length - 1;
    const harmed = new Set<string>();
    for (let s = 0; s < graph.node.length; s++) {
      const outcome = compiled.ending[graph.node[s]!];
      if (outcome === undefined) continue;
      const id = compiled.ids[graph.node[s]!]!;
      const node = scenario.nodes[id];
      const closes = node !== undefined && 'ending' in node && node.ending.closesCase === true;
      if (closes || last) outcomes.add(outcome);
      if (closes) continue;
      if (outcome === 'harmed' && !last) harmed.add(id);
      const values = graph.valuesAt(s);
      const out: VariableValues = {};
      for (const name of carried) out[name] = values[name]!;
      outs.set(JSON.stringify(carried.map((name) => out[name])), out);
    }
    if (harmed.size > 0)
      harmedOpen.push({ step, scenario: scenario.id, index: scenarioIndex, endings: [...harmed].sort() });
    incoming = [...outs.values()];
    if (incoming.length > limits.maxCarriedStarts) {
      exhaustive = false;
      incoming = incoming.slice(0, limits.maxCarriedStarts);
    }
    if (incoming.length === 0) break;
  }
  for (const open of harmedOpen) {
    const later = protectedSteps.find((step) => step > open.step);
    if (later === undefined) continue;
    warnings.push({
      kind: 'journey-harmed-continues',
      journey: journey.id,
      step: open.step,
      scenario: open.scenario,
      path: formatPath(['scenarios', open.index, 'nodes', open.endings[0]!, 'ending']),
      endings: open.endings,
      protectedAt: later,
      message: t.harmedContinues(journey.id, open.step + 1, open.scenario, open.endings, later + 1),
    });
  }
  const order: Outcome[] = ['protected', 'partial', 'harmed'];
  const analysis: JourneyAnalysis = {
    journey: journey.id,
    outcomes: order.filter((o) => outcomes.has(o)),
    warnings,
    exhaustive,
  };
  if (limit !== undefined) analysis.limit = limit;
  return analysis;
}
