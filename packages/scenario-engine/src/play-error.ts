import type { PlayErrorCode } from './play-event';

// The engine's error, in a module without the event schema (zod), so that a play needs no schema library.
// play-event.ts re-exports it.

/** Why the engine refused something: a stable `code`, a clear message, and for a replay the event's index. */
export class PlayError extends Error {
  override readonly name = 'PlayError';
  readonly code: PlayErrorCode;
  eventIndex?: number;
  constructor(code: PlayErrorCode, message: string, eventIndex?: number) {
    super(message);
    this.code = code;
    if (eventIndex !== undefined) this.eventIndex = eventIndex;
  }
}
