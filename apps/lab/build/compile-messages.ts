/**
 * Run by the lab's Vite plugin in a child process (`node --import tsx --conditions=@ruta/source`):
 *   compile-messages.ts <out.json>
 * Parses every interface message (the components' `uiMessages` and the lab's own) into react-intl's
 * message AST, per language, so the browser needs no ICU parser and parses nothing at run time.
 */
import { writeFileSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';
import { uiMessages } from '@ruta/ui';
import { labMessages } from '../src/messages.ts';

const [out] = process.argv.slice(2);
if (out === undefined) {
  process.stderr.write('usage: compile-messages.ts <out.json>\n');
  process.exit(2);
}
const compiled: Record<string, Record<string, unknown>> = {};
for (const lang of ['es', 'en', 'fr'] as const) {
  const merged: Record<string, string> = { ...uiMessages[lang], ...labMessages[lang] };
  compiled[lang] = Object.fromEntries(
    Object.entries(merged).map(([id, message]) => {
      try {
        return [id, parse(message)];
      } catch (error) {
        throw new Error(`message "${id}" (${lang}) is not valid ICU: ${(error as Error).message}`);
      }
    }),
  );
}
writeFileSync(out, JSON.stringify(compiled));
