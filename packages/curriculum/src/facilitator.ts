import { z } from 'zod';
import { Area, Country, Id } from './primitives';
import { reportRepeatedValues } from './references';

/** An expert who facilitates sessions in the areas of their expertise. */
export const Facilitator = z
  .strictObject({
    id: Id,
    name: z.string().trim().min(1, 'must not be empty').max(200, 'allows at most 200 characters'),
    expertise: z.array(Area).min(1, 'needs at least one area of expertise'),
    country: Country,
    /** True when a member country provides this expert as its technical contribution. */
    contributedByMemberCountry: z.boolean(),
  })
  .superRefine((facilitator, ctx) => {
    reportRepeatedValues(ctx, facilitator.expertise, ['expertise']);
  });
export type Facilitator = z.infer<typeof Facilitator>;
