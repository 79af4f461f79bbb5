import type { PlayEvent } from './play-event';

// The save format's version and event codes, in a module without the save's schema (zod), so that playing and
// saving need no schema library. save-format.ts re-exports them beside the `PlaySave` schema.

export const saveFormatVersion = 1 as const;

/** Encodes events as the save's short strings. */
export function encodeEvents(events: readonly PlayEvent[]): string[] {
  return events.map((event) => {
    switch (event.type) {
      case 'CHOOSE':
        return `c:${event.choiceId}`;
      case 'NOTE':
        return `n:${event.indicatorId}`;
      case 'UNNOTE':
        return `u:${event.indicatorId}`;
      default:
        return 't';
    }
  });
}

/** Decodes the save's short strings back into events (the strings must match the save format). */
export function decodeEvents(encoded: readonly string[]): PlayEvent[] {
  return encoded.map((code) => {
    if (code === 't') return { type: 'TIMEOUT' };
    const id = code.slice(2);
    if (code.startsWith('c:')) return { type: 'CHOOSE', choiceId: id };
    if (code.startsWith('n:')) return { type: 'NOTE', indicatorId: id };
    return { type: 'UNNOTE', indicatorId: id };
  });
}
