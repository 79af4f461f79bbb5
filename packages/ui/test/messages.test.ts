import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { expect, test } from 'vitest';
import { langs, uiMessages } from '../src/index';

/** The placeholder names of an ICU message (nested in plurals and selects too). */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      out.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, out);
    }
  }
  return out;
}

test('every message exists in every language, is not empty, and parses as ICU', () => {
  const ids = new Set(langs.flatMap((lang) => Object.keys(uiMessages[lang])));
  const missing: string[] = [];
  for (const id of ids)
    for (const lang of langs) {
      const message = (uiMessages[lang] as Record<string, string | undefined>)[id];
      if (message === undefined || message.trim() === '') missing.push(`${lang}: ${id}`);
      else expect(() => parse(message), `${lang}: ${id}`).not.toThrow();
    }
  expect(missing).toEqual([]);
});

test('every translation has the same placeholders as the Spanish message', () => {
  const differ: string[] = [];
  for (const [id, message] of Object.entries(uiMessages.es)) {
    const expected = [...placeholders(parse(message))].sort().join(',');
    for (const lang of langs) {
      const got = [...placeholders(parse(uiMessages[lang][id as keyof typeof uiMessages.es]))]
        .sort()
        .join(',');
      if (got !== expected) differ.push(`${lang}: ${id} has {${got}}, es has {${expected}}`);
    }
  }
  expect(differ).toEqual([]);
});

test('the check notices a message missing from a language', () => {
  const broken = { ...uiMessages.fr } as Record<string, string>;
  delete broken['player.choices'];
  const ids = Object.keys(uiMessages.es).filter((id) => broken[id] === undefined);
  expect(ids).toEqual(['player.choices']);
});
