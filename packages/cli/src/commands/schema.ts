import { packJsonSchema } from '@ruta/scenario-engine';
import { type Command, printJson } from '../command';
import { positionals } from '../options';

/** `ruta schema`: the JSON Schema of `ruta.pack/1` for editors (`ruta schema > pack.schema.json`). */
export const schemaCommand: Command = {
  name: 'schema',
  options: {},
  async run(line, { io, t }) {
    positionals(line, [], t);
    printJson(io, packJsonSchema());
    return 0;
  },
};
