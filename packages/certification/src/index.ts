export { buildCredential, type CredentialOptions, type IssueNotice, issueCredential } from './credential';
export {
  CertificationError,
  type Criterion,
  countingAttempts,
  type EvaluateOptions,
  type Evaluation,
  type EvidenceUsed,
  evaluate,
  type KindEvaluation,
  lastValidDay,
} from './evaluation';
export {
  Achievement,
  AchievementSubject,
  AchievementType,
  Alignment,
  achievementTypes,
  CredentialJwtPayload,
  Evidence,
  IdentityObject,
  OpenBadgeCredential,
  obContext,
  Profile,
  ReceivedOpenBadge,
  ReceivedProfile,
  vcContext,
} from './open-badge';
export {
  AttendedSession,
  CohortPlan,
  Person,
  PriorCertificate,
  parseRecord,
  ReplicationAttendee,
  ReplicationReport,
  recordJsonSchema,
  SubmittedResult,
  TraineeRecord,
  type TraineeRecordInput,
} from './record';
export { essentialCompetencies, regionalScheme } from './regional-scheme';
export {
  type RefusalReason,
  type RefusedResult,
  refusalReasons,
  scenarioAreas,
  scoreTolerance,
  type VerifiedResult,
  verifyResults,
} from './result-verification';
export { RevocationList, revocationListJwtType } from './revocation';
export {
  CertificateKind,
  CertificationScheme,
  CompetencyFrameworkReference,
  CompletionRule,
  certificateKinds,
  ParticipationRule,
  parseScheme,
  RenewalRule,
  RequiredLevels,
  ScenarioPerformance,
  SchemeText,
  schemeJsonSchema,
  TrainerRule,
} from './scheme';
export {
  exportPrivateJwk,
  exportPublicJwk,
  generateIssuerKeys,
  type IssuerKeys,
  type SigningKey,
  type SigningOptions,
  signCredential,
  signRevocationList,
} from './signing';
export {
  type SignatureAlgorithm,
  signatureAlgorithms,
  type TrustedIssuer,
  VerificationOptionError,
} from './trusted-keys';
export {
  type CredentialVerification,
  maxClockToleranceSeconds,
  type RevocationListVerification,
  type VerificationFailure,
  type VerificationMessage,
  type VerifyCredentialOptions,
  verificationFailures,
  verifyCredential,
  verifyRevocationList,
} from './verify';
