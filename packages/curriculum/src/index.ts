export { Accreditation, AccreditingBody, CreditRule } from './accreditation';
export {
  Attendance,
  AttendanceRecord,
  AttendanceStatus,
  attendanceRate,
  attendanceStatuses,
} from './attendance';
export { Cohort, Session, Venue } from './cohort';
export {
  Contribution,
  FinancialContribution,
  TechnicalContribution,
  TechnicalSupport,
  technicalSupports,
} from './contribution';
export {
  type DocumentKind,
  documentKinds,
  parseAccreditation,
  parseAttendance,
  parseCohort,
  parseContribution,
  parseFacilitator,
  parseModule,
  parseParticipant,
  parseProgram,
  toJSONSchema,
} from './documents';
export { Facilitator } from './facilitator';
export {
  describeZodIssue,
  formatPath,
  type Issue,
  issuesFromZod,
  type ParseResult,
  parseWith,
} from './issues';
export { Module } from './module';
export { Participant, Sector, sectors } from './participant';
export {
  Area,
  areaNames,
  areas,
  Country,
  countryCodes,
  countryNames,
  Id,
  IsoDate,
  kebabCase,
  Language,
  languageNames,
  languages,
  localize,
  ModuleId,
  missingLanguages,
  moduleIds,
  Role,
  roleIds,
  roleNames,
  Text,
  textIn,
} from './primitives';
export { academicCredits, modulesByArea, Program, totalHours } from './program';
export { regionalProgram } from './regional-program';
export { isUuid, urlNamespace, uuidV5 } from './uuid';
