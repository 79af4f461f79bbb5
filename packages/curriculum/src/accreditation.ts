import { z } from 'zod';
import { Country, Id, Text } from './primitives';

/** A body that grants (or is asked to grant) academic recognition, e.g. IOM or a national government. */
export const AccreditingBody = z.strictObject({
  id: Id,
  name: Text,
  country: Country.optional(),
});
export type AccreditingBody = z.infer<typeof AccreditingBody>;

/**
 * How contact hours become academic credits: every full `hours` of contact time earns `credits`.
 * `{ hours: 20, credits: 1 }` reads "one credit per twenty contact hours".
 */
export const CreditRule = z.strictObject({
  hours: z.number().positive('must be more than 0 hours'),
  credits: z.number().positive('must be more than 0 credits'),
});
export type CreditRule = z.infer<typeof CreditRule>;

/** Academic accreditation of a program: the credit rule, the unit it counts in, and who accredits it. */
export const Accreditation = z.strictObject({
  /** `sought` while the bodies manage the recognition (the seed's wording), `granted` once obtained. */
  status: z.enum(['sought', 'granted']),
  creditsPerHours: CreditRule,
  /** The name of the credit unit, e.g. "unidades valorativas". */
  creditUnit: Text,
  bodies: z.array(AccreditingBody).min(1, 'needs at least one accrediting body'),
});
export type Accreditation = z.infer<typeof Accreditation>;
