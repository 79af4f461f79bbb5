import { z } from 'zod';
import { Country, Id, Text } from './primitives';

/** The forms technical support takes (seed: experts, assigned officials, teaching material). */
export const technicalSupports = ['experts', 'assigned-officials', 'teaching-material'] as const;
export const TechnicalSupport = z.enum(technicalSupports);
export type TechnicalSupport = z.infer<typeof TechnicalSupport>;

/** A member country's technical support: experts, officials assigned to the program, or teaching material. */
export const TechnicalContribution = z.strictObject({
  id: Id,
  kind: z.literal('technical'),
  country: Country,
  support: TechnicalSupport,
  description: Text,
  /** For `experts`: the facilitators of the cohort this country provides. */
  facilitatorIds: z.array(Id).optional(),
});
export type TechnicalContribution = z.infer<typeof TechnicalContribution>;

/** A member country's financial support: an amount in an ISO 4217 currency. */
export const FinancialContribution = z.strictObject({
  id: Id,
  kind: z.literal('financial'),
  country: Country,
  amount: z.number().positive('must be more than 0'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code of three capital letters, e.g. "USD"'),
  description: Text.optional(),
});
export type FinancialContribution = z.infer<typeof FinancialContribution>;

/** What a member country contributes to the program: technical or financial support. */
export const Contribution = z.discriminatedUnion('kind', [TechnicalContribution, FinancialContribution], {
  error: (issue) => (issue.code === 'invalid_union' ? 'kind must be "technical" or "financial"' : undefined),
});
export type Contribution = z.infer<typeof Contribution>;
