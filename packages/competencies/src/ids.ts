import { z } from 'zod';

/**
 * Every competency id of the regional framework. The first 17 are the ids the pack format
 * (`ruta.pack/1`) guarantees to pack authors; the framework may add more after them.
 */
export const competencyIds = [
  'recognise-indicators',
  'apply-trafficking-definition',
  'distinguish-smuggling',
  'trauma-informed-interviewing',
  'work-with-interpreters',
  'child-protection',
  'risk-assessment',
  'refer-to-services',
  'shelter-case-management',
  'reintegration-planning',
  'evidence-beyond-testimony',
  'financial-investigation',
  'victim-witness-protection',
  'apply-non-punishment',
  'multi-agency-cooperation',
  'transnational-cooperation',
  'confidentiality-data-protection',
  // Added by the regional framework beyond the pack spec's guarantee.
  'trend-analysis',
  'awareness-raising',
  'demand-side-prevention',
  'worksite-inspection',
  'public-policy-design',
  'action-plan-design',
  'age-assessment',
  'return-and-reintegration',
  'human-rights-based-approach',
  'digital-investigation',
  'compensation-and-redress',
  'training-replication',
] as const;
export const CompetencyId = z.enum(competencyIds);
export type CompetencyId = z.infer<typeof CompetencyId>;

/** The principles a decision upholds or breaks; debriefs cite them. */
export const principleIds = [
  'do-no-harm',
  'non-punishment',
  'reflection-period',
  'informed-consent',
  'confidentiality',
  'best-interests-of-child',
  'trauma-informed',
  'qualified-interpreter',
  'no-false-promises',
  'multi-agency-cooperation',
  'evidence-beyond-testimony',
  'presumption-of-victim-status',
] as const;
export const PrincipleId = z.enum(principleIds);
export type PrincipleId = z.infer<typeof PrincipleId>;
