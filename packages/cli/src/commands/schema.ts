import { recordJsonSchema, schemeJsonSchema } from '@ruta/certification';
import { packJsonSchema } from '@ruta/scenario-engine';
import { type Command, printJson } from '../command';
import { usageError } from '../failures';

/** The documents `ruta schema` describes, and where each JSON Schema comes from. */
const schemas = {
  pack: packJsonSchema,
  record: recordJsonSchema,
  scheme: schemeJsonSchema,
} as const;
export const schemaNames = Object.keys(schemas) as (keyof typeof schemas)[];

/**
 * `ruta schema [pack|record|scheme]`: the JSON Schema of a `ruta.pack/1` pack (the default), of a trainee
 * record (what `certify --record` reads) or of a certification scheme, for editors and other tools.
 */
export const schemaCommand: Command = {
  name: 'schema',
  options: {},
  async run(line, { io, t }) {
    const [name = 'pack', extra] = line.positionals;
    if (extra !== undefined) throw usageError(t.unexpectedArgument(extra));
    if (!Object.hasOwn(schemas, name)) throw usageError(t.badChoice('ruta schema', name, schemaNames));
    printJson(io, schemas[name as keyof typeof schemas]());
    return 0;
  },
};
