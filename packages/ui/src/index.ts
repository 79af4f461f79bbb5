/**
 * `@ruta/ui` — the React components of the Ruta lab: the scenario player (text mode), the notebook, the
 * meters, journeys, the debrief, the program views, the frame (language, settings). No three.js here: the 3D
 * scenes are in `@ruta/ui/scene`, loaded by an app only when a scene opens.
 */
export {
  CertificateCard,
  type CertificateCardProps,
  type CertificateLike,
  type VerificationLike,
  VerificationResult,
  type VerificationResultProps,
} from './certificate';
export { CompetencyProfile, type CompetencyProfileProps } from './competency-profile';
export { CurriculumMap, type CurriculumMapProps } from './curriculum-map';
export { Debrief, type DebriefProps } from './debrief';
export { LanguageSwitcher, SettingsPanel } from './frame';
export {
  JourneyPlayer,
  type JourneyPlayerProps,
  JourneyProgress,
  type JourneyProgressProps,
} from './journey';
export { Meters, type MetersProps } from './meters';
export { type CatalogueIndicator, indicatorCatalogue, Notebook, type NotebookProps } from './notebook';
export { OutcomeBadge, QualityBadge } from './outcome';
export { type ImportIssue, PackImportPanel, type PackImportPanelProps } from './pack-import';
export { PackText, type PackTextProps, pickText } from './pack-text';
export { ResultsSummary, type ResultsSummaryProps } from './results-summary';
export {
  type AccessibilityRecord,
  type Environment,
  ScenarioPlayer,
  type ScenarioPlayerProps,
  type SceneSlotProps,
} from './scenario-player';
export {
  defaultSettings,
  type Lang,
  langs,
  type MessageId,
  RutaUiProvider,
  type RutaUiProviderProps,
  type UiSettings,
  uiMessages,
  useLang,
  useUiSettings,
} from './settings';
export { createTimerClock, type TimerClock, type TimerClockOptions } from './timer-clock';
export { usePlay } from './use-play';
export { hasWebGL, SceneBoundary, type SceneBoundaryProps, SceneFallback } from './webgl';
