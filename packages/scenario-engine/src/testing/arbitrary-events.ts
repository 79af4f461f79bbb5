import fc from 'fast-check';
import { builtinIndicators } from '../indicators';
import { startScenario } from '../play';
import type { CarriedValues, PlayEvent } from '../play-event';
import type { Pack } from '../schema';

/** Options of {@link arbitraryEvents}. */
export interface ArbitraryEventsOptions {
  /** Most events in one walk. Default 60. */
  maxLength?: number;
  /** Values carried in, as in a journey. */
  carry?: CarriedValues;
  /**
   * Also note and unnote indicators along the way (a known indicator: built in, or the pack's own;
   * mostly those present at the node). Default true.
   */
  notes?: boolean;
}

/**
 * A fast-check arbitrary of random walks through a scenario: event lists the engine accepts in order
 * (choices offered, timeouts where a step has one, and notes), built by playing the scenario with the real
 * play API. A walk stops at an ending, at a step with nothing to do, or after `maxLength` events. Shrinks
 * towards shorter walks and earlier options.
 *
 * @example
 * fc.assert(fc.property(arbitraryEvents(pack, 'border-stop'), (events) => {
 *   expect(replay(pack, 'border-stop', events)).toEqual(replay(pack, 'border-stop', events));
 * }));
 */
export function arbitraryEvents(
  pack: Pack,
  scenarioId: string,
  options: ArbitraryEventsOptions = {},
): fc.Arbitrary<PlayEvent[]> {
  const maxLength = Math.max(0, Math.floor(options.maxLength ?? 60));
  const withNotes = options.notes ?? true;
  const known = [
    ...builtinIndicators.map((indicator) => indicator.id),
    ...(pack.indicators ?? []).map((i) => i.id),
  ];
  return fc.array(fc.nat(), { maxLength }).map((picks) => {
    const play = startScenario(pack, scenarioId, {
      ...(options.carry === undefined ? {} : { carry: options.carry }),
      timers: false,
    });
    try {
      for (const pick of picks) {
        if (play.done) break;
        const node = play.node;
        const moves: PlayEvent[] = play.choices().map((choice) => ({ type: 'CHOOSE', choiceId: choice.id }));
        if ('timeout' in node && node.timeout !== undefined) moves.push({ type: 'TIMEOUT' });
        const notes: PlayEvent[] = [];
        if (withNotes) {
          for (const indicatorId of node.present ?? [])
            if (!play.notebook.includes(indicatorId)) notes.push({ type: 'NOTE', indicatorId });
          notes.push({ type: 'NOTE', indicatorId: known[pick % known.length]! });
          for (const indicatorId of play.notebook) notes.push({ type: 'UNNOTE', indicatorId });
        }
        // Moves first (and more likely), so a walk mostly advances and shrinks to the first choices.
        const candidates = [...moves, ...moves, ...notes];
        if (candidates.length === 0) break;
        play.send(candidates[pick % candidates.length]!);
      }
      return [...play.events];
    } finally {
      play.stop();
    }
  });
}
