export {
  type Assessment,
  type AssessOptions,
  assess,
  assessDetailed,
  type CompetencyAssessment,
  evidenceHalfLifeDays,
  levelThresholds,
  minimumSourcesAboveAwareness,
} from './assess';
export {
  type CaseOptions,
  type CFAssociation,
  type CFDocument,
  type CFItem,
  type CFLink,
  type CFPackage,
  caseNamespace,
  defaultCaseBaseUri,
  toCase,
} from './case';
export { CompetencyError, Evidence, EvidenceSource, evidenceSources, parseEvidence } from './evidence';
export {
  type AssessedLevel,
  Competency,
  CompetencyArea,
  competencyAreaNames,
  competencyAreas,
  Framework,
  FrameworkText,
  findCompetency,
  findRoleProfile,
  frameworkJsonSchema,
  Importance,
  importances,
  Level,
  levelNames,
  levels,
  ProficiencyLevel,
  parseFramework,
  Requirement,
  RoleProfile,
} from './framework';
export { type CompetencyGap, type GapOptions, gap } from './gap';
export { CompetencyId, competencyIds, PrincipleId, principleIds } from './ids';
export { Principle, principle, principles } from './principles';
export { regionalFramework } from './regional-framework';
