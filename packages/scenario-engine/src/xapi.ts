/**
 * `@ruta/scenario-engine/xapi` — play results as xAPI 1.0.3 statements (with cmi5 when launched by an LMS),
 * and the zod schema of those statements. Browser-safe: no `node:` imports.
 */

export { uuidV5 } from '@ruta/curriculum';
export {
  Iri,
  LanguageMap,
  XapiActivity,
  XapiActivityDefinition,
  XapiAgent,
  XapiContext,
  XapiContextActivities,
  XapiResult,
  XapiScore,
  XapiStatement,
  XapiVerb,
} from './xapi/statement';
export {
  adlVerbBase,
  cmi5Category,
  cmi5MasteryScoreExtension,
  cmi5MoveOnCategory,
  cmi5SessionExtension,
  defaultActivityBase,
  statementNamespace,
  toXapiStatements,
  type VerbName,
  verbs,
  type XapiOptions,
} from './xapi/statements';
