import type { ComponentType } from 'react';
import { StageSet } from './stage-set';
import { stageDefinition } from './stages/index';
import type { Environment, StageProps } from './types';

const BorderPost = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('border-post')} reducedMotion={reducedMotion ?? false} />
);
const BusTerminal = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('bus-terminal')} reducedMotion={reducedMotion ?? false} />
);
const Port = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('port')} reducedMotion={reducedMotion ?? false} />
);
const Worksite = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('worksite')} reducedMotion={reducedMotion ?? false} />
);
const Farm = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('farm')} reducedMotion={reducedMotion ?? false} />
);
const Street = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('street')} reducedMotion={reducedMotion ?? false} />
);
const Office = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('office')} reducedMotion={reducedMotion ?? false} />
);
const Shelter = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('shelter')} reducedMotion={reducedMotion ?? false} />
);
const Hospital = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('hospital')} reducedMotion={reducedMotion ?? false} />
);
const Consulate = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('consulate')} reducedMotion={reducedMotion ?? false} />
);
const Courtroom = ({ reducedMotion }: StageProps) => (
  <StageSet definition={stageDefinition('courtroom')} reducedMotion={reducedMotion ?? false} />
);

/** The stage component of each environment (for an app that composes its own `<Canvas>`). */
export const stages: Record<Environment, ComponentType<StageProps>> = {
  'border-post': BorderPost,
  'bus-terminal': BusTerminal,
  port: Port,
  worksite: Worksite,
  farm: Farm,
  street: Street,
  office: Office,
  shelter: Shelter,
  hospital: Hospital,
  consulate: Consulate,
  courtroom: Courtroom,
};
