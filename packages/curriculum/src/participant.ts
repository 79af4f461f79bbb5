import { z } from 'zod';
import { Country, Id, Role } from './primitives';

/** The sectors a participant comes from: government and, where applicable, civil society. */
export const sectors = ['government', 'civil-society'] as const;
export const Sector = z.enum(sectors);
export type Sector = z.infer<typeof Sector>;

/** Roles only held inside state institutions, and the role only held in civil society. */
const governmentOnlyRoles: readonly Role[] = [
  'migration-officer',
  'labour-inspector',
  'police-investigator',
  'prosecutor',
  'judge',
  'consular-officer',
];
const civilSocietyOnlyRoles: readonly Role[] = ['ngo-caseworker'];

const name = z.string().trim().min(1, 'must not be empty').max(200, 'allows at most 200 characters');

/** A trainee of a cohort: an official or civil-society worker from an RCM member country. */
export const Participant = z
  .strictObject({
    id: Id,
    name,
    country: Country,
    institution: name,
    sector: Sector,
    role: Role,
  })
  .superRefine((participant, ctx) => {
    if (participant.sector === 'civil-society' && governmentOnlyRoles.includes(participant.role))
      ctx.addIssue({
        code: 'custom',
        path: ['sector'],
        message: `a ${participant.role} works for the government, not civil society`,
      });
    if (participant.sector === 'government' && civilSocietyOnlyRoles.includes(participant.role))
      ctx.addIssue({
        code: 'custom',
        path: ['sector'],
        message: `an ${participant.role} works for civil society, not the government`,
      });
  });
export type Participant = z.infer<typeof Participant>;
