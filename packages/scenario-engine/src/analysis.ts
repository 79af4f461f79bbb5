/**
 * `@ruta/scenario-engine/analysis` — static checks and metrics of a scenario pack: `analyzePack(pack)`.
 */
export { analyzePack, defaultMaxStates } from './analysis/analyze';
export type {
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
  ScenarioAnalysis,
  ScenarioMetrics,
  ScoreFigure,
  VariableValues,
} from './analysis/report';
