import { compiledMessages } from 'virtual:ruta-messages';
import type { Lang } from '@ruta/ui';

/**
 * The interface messages, compiled at build time (build/compile-messages.ts): one chunk per language, loaded
 * before the language is shown, so the browser carries no ICU parser and parses no message.
 */
const loaded: Partial<Record<Lang, Record<string, unknown>>> = {};

export async function loadMessages(lang: Lang): Promise<void> {
  loaded[lang] ??= (await compiledMessages[lang]()).default;
}

/** The compiled messages of a loaded language, in the shape RutaUiProvider merges over its catalogue. */
export function catalogue(lang: Lang): Partial<Record<Lang, Record<string, string>>> {
  const messages = loaded[lang];
  if (messages === undefined) throw new Error(`the ${lang} messages are not loaded`);
  // react-intl takes a message as text or as its compiled AST; these are ASTs.
  return { [lang]: messages as Record<string, string> };
}
