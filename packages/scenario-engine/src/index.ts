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
export { replay, replayPlay } from './replay';
export {
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
  type Author,
  type BooleanVariable,
  Character,
  Choice,
  type ComparisonOperator,
  Condition,
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
  type PackInput,
  packFormat,
  Quality,
  qualities,
  Reference,
  Referral,
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
