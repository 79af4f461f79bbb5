import type { z } from 'zod';
import type { PackMessages } from './pack-messages';

/**
 * One zod issue of the pack schema as a sentence in the author's language. zod's own messages are English
 * and generic; the messages the schemas write for a field (`'needs at least one scenario'`) are English
 * too, and are looked up in the language's catalogue (`custom`), by their text.
 */

/** zod's own (English, generic) messages start like this; any other message was written for the field. */
const genericMessage = /^(Invalid|Too small|Too big|Unrecognized)/;

function customMessage(issue: z.core.$ZodIssue, t: PackMessages): string | undefined {
  if (!issue.message || genericMessage.test(issue.message)) return undefined;
  return Object.hasOwn(t.custom, issue.message) ? t.custom[issue.message] : issue.message;
}

export function describeIssue(issue: z.core.$ZodIssue, t: PackMessages): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = 'input' in issue ? issue.input : undefined;
      if (received === undefined) return t.required(t.typeWord(issue.expected));
      return t.expectedFound(t.typeWord(issue.expected), t.found(received));
    }
    case 'unrecognized_keys':
      return t.unknownFields(issue.keys);
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if ('input' in issue && issue.input === undefined) return t.requiredOneOf(allowed);
      const custom = customMessage(issue, t) ?? t.oneOf(allowed);
      return 'input' in issue ? t.withFound(custom, t.found(issue.input)) : custom;
    }
    case 'too_small': {
      const custom = customMessage(issue, t);
      if (custom) return custom;
      if (issue.origin === 'array') return t.atLeastItems(Number(issue.minimum));
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? t.notEmpty : t.atLeastCharacters(Number(issue.minimum));
      return t.atLeast(issue.minimum, issue.inclusive === true);
    }
    case 'too_big': {
      const custom = customMessage(issue, t);
      if (custom) return custom;
      if (issue.origin === 'array') return t.atMostItems(Number(issue.maximum));
      if (issue.origin === 'string') return t.atMostCharacters(Number(issue.maximum));
      return t.atMost(issue.maximum, issue.inclusive === true);
    }
    case 'invalid_format':
      return customMessage(issue, t) ?? t.invalidFormat(issue.format);
    case 'not_multiple_of':
      return t.multipleOf(issue.divisor);
    case 'invalid_union':
      return customMessage(issue, t) ?? t.noShape;
    default:
      return customMessage(issue, t) ?? issue.message;
  }
}
