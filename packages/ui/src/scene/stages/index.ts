import type { Environment, StageDefinition } from '../types';
import { borderPost } from './border-post';
import { busTerminal } from './bus-terminal';
import { consulate } from './consulate';
import { courtroom } from './courtroom';
import { farm } from './farm';
import { hospital } from './hospital';
import { office } from './office';
import { port } from './port';
import { shelter } from './shelter';
import { street } from './street';
import { worksite } from './worksite';

const definitions: Record<Environment, StageDefinition> = {
  'border-post': borderPost,
  'bus-terminal': busTerminal,
  port,
  worksite,
  farm,
  street,
  office,
  shelter,
  hospital,
  consulate,
  courtroom,
};

/** The stage definition of an environment; a clear error for a name that is not one of the 11. */
export function stageDefinition(environment: Environment): StageDefinition {
  const found = Object.hasOwn(definitions, environment) ? definitions[environment] : undefined;
  if (!found)
    throw new Error(
      `@ruta/ui/scene: no stage for environment ${JSON.stringify(environment)}; the environments are ${Object.keys(definitions).join(', ')}`,
    );
  return found;
}
