/**
 * `@ruta/scenario-engine` — scenario packs (`ruta.pack/1`) validated, compiled to XState v5, played, scored,
 * replayed, saved and resumed, and played as journeys. Browser-safe. Subpaths: `/validate` (whether a pack
 * is valid: field rules and static checks), `/analysis`, `/testing`, `/xapi`.
 */
export {
  type CompiledNode,
  type CompiledScenario,
  compileScenario,
  type PlayContext,
} from './compile';
export {
  applyEffects,
  type ConditionState,
  clamp,
  evaluateCondition,
  initialVariables,
  type Variables,
} from './conditions';
export {
  type BuiltinIndicator,
  builtinIndicator,
  builtinIndicatorIds,
  builtinIndicators,
  type IndicatorGroup,
  indicatorGroupNames,
  indicatorGroups,
} from './indicators';
export {
  carriedValues,
  type JourneyPlay,
  type JourneyResult,
  type JourneyStop,
  journeyResult,
  startJourney,
} from './journey';
export {
  definePack,
  type PackIssue,
  type PackParseResult,
  packJsonSchema,
  parsePack,
  parsePackJson,
} from './parse';
export {
  type Clock,
  type OfferedChoice,
  type Play,
  type StartOptions,
  startScenario,
} from './play';
export {
  type CarriedValues,
  PlayError,
  type PlayErrorCode,
  PlayEvent,
} from './play-event';
export { type ReplayOptions, replay, replayPlay } from './replay';
export {
  type Accommodations,
  accommodationNames,
  type DebriefChoice,
  type Decision,
  type IdentificationScore,
  identificationScore,
  type PathStep,
  type PlayResult,
  type PrincipleTally,
  qualityPoints,
  type Scores,
  type StageSummary,
  summarizeResults,
} from './result';
export { resume } from './save';
export { decodeEvents, encodeEvents, PlaySave, saveFormatVersion } from './save-format';
export {
  type AddEffect,
  Assessment,
  Author,
  type BooleanVariable,
  Character,
  Choice,
  type ComparisonOperator,
  Condition,
  characterRoles,
  comparisonOperators,
  Effect,
  Ending,
  EndingNode,
  environments,
  Indicator,
  isEnding,
  Journey,
  Node,
  type NumberVariable,
  Outcome,
  outcomes,
  Pack,
  PackCountry,
  type PackInput,
  packFormat,
  Quality,
  qualities,
  Reference,
  Referral,
  referenceKinds,
  referralKinds,
  Scenario,
  type SetEffect,
  Setting,
  Stage,
  StepNode,
  stages,
  Text,
  Timeout,
  type VarCondition,
  VariableDeclaration,
  type VariableDeclarations,
  type VariableValue,
} from './schema';
