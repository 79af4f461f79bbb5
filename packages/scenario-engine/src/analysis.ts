/**
 * `@ruta/scenario-engine/analysis` — static checks and metrics of a scenario pack: `analyzePack(pack)`.
 */
export { analyzePack, defaultMaxStates } from './analysis/analyze';
export { defaultStateBudget } from './analysis/budget';
export type {
  AnalysisBudget,
  AnalysisError,
  AnalyzeOptions,
  Exploration,
  JourneyAnalysis,
  JourneyDoomedStart,
  JourneyHarmedContinues,
  JourneyWarning,
  PackAnalysis,
  PathFigure,
  PathStep,
  PlayLoop,
  ScenarioAnalysis,
  ScenarioMetrics,
  ScoreFigure,
  VariableValues,
} from './analysis/report';
