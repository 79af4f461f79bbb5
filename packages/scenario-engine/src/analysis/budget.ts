import type { Pack } from '../schema';
import { type CompiledScenario, compileScenario } from './compile';
import type { AnalysisBudget } from './report';

/**
 * The pack-wide budget of one analysis: states explored (scenarios and journey steps draw from one pool)
 * and the figures' work (moves examined). Both scale with the pack's size, so a small hostile pack (100
 * scenarios of three counters in a self-loop) stops after a bounded number of states instead of exploring
 * each scenario up to the per-scenario bound.
 */

/** States per node and per choice of the pack. */
export const statesPerUnit = 50;
/** The state budget never goes below this (the per-scenario default bound). */
export const minimumStateBudget = 200_000;
/** Figure work (moves examined) per state of the state budget. */
export const workPerState = 50;

/** The size the budget scales with: nodes and choices of every scenario (as compiled for the analysis). */
export function packUnits(scenarios: readonly CompiledScenario[]): number {
  let units = 0;
  for (const compiled of scenarios) units += compiled.ids.length + compiled.choiceTo.length;
  return units;
}

/** The state budget of scenarios this size: 50 per node and choice, at least 200 000. */
export function stateBudgetOf(scenarios: readonly CompiledScenario[]): number {
  return Math.max(minimumStateBudget, statesPerUnit * packUnits(scenarios));
}

/** The default total state budget of a pack: 50 per node and choice, at least 200 000. */
export function defaultStateBudget(pack: Pack): number {
  return stateBudgetOf(pack.scenarios.map((scenario, index) => compileScenario(scenario, index)));
}

/** What is left of the budget while a pack is analysed. */
export class Budget {
  readonly states: number;
  readonly work: number;
  statesUsed = 0;
  workUsed = 0;
  stoppedAt: string | undefined;
  /** Set once some figure's work was refused. */
  workRefused = false;

  constructor(states: number, work: number) {
    this.states = states;
    this.work = work;
  }

  get statesLeft(): number {
    return Math.max(0, this.states - this.statesUsed);
  }

  /** Takes `amount` of work if that much is left; false (and nothing taken) otherwise. */
  spend(amount: number): boolean {
    if (this.workUsed + amount > this.work) {
      this.workRefused = true;
      return false;
    }
    this.workUsed += amount;
    return true;
  }

  /** Records where the budget ran out (the first place only). */
  stop(at: string): void {
    this.stoppedAt ??= at;
  }

  report(): AnalysisBudget {
    const out: AnalysisBudget = {
      states: this.states,
      statesUsed: this.statesUsed,
      work: this.work,
      workUsed: this.workUsed,
    };
    if (this.stoppedAt !== undefined) out.stoppedAt = this.stoppedAt;
    return out;
  }
}
