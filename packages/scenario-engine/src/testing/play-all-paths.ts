import type { Play } from '../play';
import type { CarriedValues, PlayEvent } from '../play-event';
import { replayPlay } from '../replay';
import type { PlayResult } from '../result';
import type { Node, Pack } from '../schema';

/** Options of {@link playAllPaths}. */
export interface PlayAllPathsOptions {
  /** Most paths played (finished, stuck or cut off together). Default 10 000. */
  maxPaths?: number;
  /** Most moves (choices and timeouts) on one path; a longer path is cut off. Default 200. */
  maxDepth?: number;
  /** Values carried in, as in a journey. */
  carry?: CarriedValues;
  /**
   * What the trainee notes: `'none'` (default) notes nothing; `'present'` notes every indicator present at
   * each node before moving on (and those of an ending just before moving to it, since no event is
   * accepted after an ending). Notes are not branched on: every path is played with the same policy.
   */
  notes?: 'none' | 'present';
}

/** What {@link playAllPaths} found. */
export interface AllPathsResult {
  /** One result per path that reached an ending, in depth-first order (choices in pack order, then the timeout). */
  results: PlayResult[];
  /** Paths that stopped at a step offering no choice and with no timeout (a soft-lock). */
  stuck: PlayResult[];
  /** Paths cut off at `maxDepth` moves (usually a loop). */
  cutOff: PlayResult[];
  /** True when every path was played to its end: no bound was hit. */
  exhaustive: boolean;
  /** The bound that was hit, if any. */
  limit?: 'max-paths' | 'max-depth';
}

interface Pending {
  events: PlayEvent[];
  depth: number;
  /** The play already at the end of `events` (the first branch continues its parent's play). */
  play?: Play;
}

function presentAt(node: Node): readonly string[] {
  return node.present ?? [];
}

/** The NOTE events that bring the notebook up to date with `indicators`. */
function notesFor(indicators: readonly string[], notebook: ReadonlySet<string>): PlayEvent[] {
  const events: PlayEvent[] = [];
  for (const indicatorId of indicators)
    if (!notebook.has(indicatorId)) events.push({ type: 'NOTE', indicatorId });
  return events;
}

/**
 * Plays every path of a scenario — every choice offered at every step, and every timeout — through the real
 * play API (`startScenario`/`replayPlay`, the same code the lab runs), depth first, up to `maxPaths` paths of at most
 * `maxDepth` moves each. Use it in a pack's tests to check that every path ends well-formed.
 *
 * @example
 * const all = playAllPaths(pack, 'border-stop');
 * expect(all.exhaustive).toBe(true);
 * expect(all.stuck).toEqual([]);
 * for (const result of all.results) expect(result.complete).toBe(true);
 */
export function playAllPaths(
  pack: Pack,
  scenarioId: string,
  options: PlayAllPathsOptions = {},
): AllPathsResult {
  const maxPaths = Math.max(1, Math.floor(options.maxPaths ?? 10_000));
  const maxDepth = Math.max(0, Math.floor(options.maxDepth ?? 200));
  const notes = options.notes ?? 'none';
  const carry = options.carry === undefined ? {} : { carry: options.carry };
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);
  const out: AllPathsResult = { results: [], stuck: [], cutOff: [], exhaustive: true };
  const played = () => out.results.length + out.stuck.length + out.cutOff.length;
  const finish = (play: Play, into: PlayResult[]) => {
    into.push(play.result());
    play.stop();
  };
  // Depth first with an explicit stack (no recursion limit on long scenarios).
  const stack: Pending[] = [{ events: [], depth: 0 }];
  while (stack.length > 0) {
    if (played() >= maxPaths) {
      out.exhaustive = false;
      out.limit = 'max-paths';
      for (const rest of stack) rest.play?.stop();
      break;
    }
    const pending = stack.pop()!;
    const { events, depth } = pending;
    const play = pending.play ?? replayPlay(pack, scenarioId, events, carry);
    if (play.done) {
      finish(play, out.results);
      continue;
    }
    if (depth >= maxDepth) {
      out.exhaustive = false;
      out.limit ??= 'max-depth';
      finish(play, out.cutOff);
      continue;
    }
    const notebook = new Set(play.notebook);
    const here: PlayEvent[] = notes === 'present' ? notesFor(presentAt(play.node), notebook) : [];
    for (const event of here) if (event.type === 'NOTE') notebook.add(event.indicatorId);
    // Conditions may read the notebook, so the choices offered are read after the notes are taken.
    for (const event of here) play.send(event);
    const offered = play.choices();
    const node = play.node;
    const moves: { event: PlayEvent; to: string }[] = offered.map((choice) => ({
      event: { type: 'CHOOSE', choiceId: choice.id },
      to: 'choices' in node ? (node.choices.find((c) => c.id === choice.id)?.to ?? '') : '',
    }));
    if ('timeout' in node && node.timeout !== undefined)
      moves.push({ event: { type: 'TIMEOUT' }, to: node.timeout.to });
    if (moves.length === 0) {
      finish(play, out.stuck);
      continue;
    }
    // Push in reverse so that the first move is played first; it continues this play, the others replay.
    for (let i = moves.length - 1; i >= 0; i--) {
      const move = moves[i]!;
      const target = scenario?.nodes[move.to];
      const before =
        notes === 'present' && target !== undefined && 'ending' in target
          ? notesFor(presentAt(target), notebook)
          : [];
      const next = [...events, ...here, ...before, move.event];
      if (i > 0) {
        stack.push({ events: next, depth: depth + 1 });
        continue;
      }
      for (const event of [...before, move.event]) play.send(event);
      stack.push({ events: next, depth: depth + 1, play });
    }
  }
  return out;
}
