import { z } from 'zod';
import { Area, ModuleId, Text } from './primitives';
import { reportRepeatedValues } from './references';

/** One curriculum module (M1–M9): what it teaches, to which areas it contributes, and for how long. */
export const Module = z
  .strictObject({
    id: ModuleId,
    title: Text,
    description: Text,
    /** What a participant can do after the module: 3 to 6 objectives. */
    learningObjectives: z
      .array(Text)
      .min(3, 'needs at least 3 learning objectives')
      .max(6, 'allows at most 6 learning objectives'),
    /** The program areas the module serves (prevention, protection, prosecution); at least one. */
    areas: z.array(Area).min(1, 'must serve at least one area'),
    /** Contact (classroom) hours. */
    contactHours: z.number().positive('must be more than 0 hours'),
    /** Who should facilitate the module: the expert profile the host looks for. */
    facilitatorProfile: Text,
  })
  .superRefine((module, ctx) => {
    reportRepeatedValues(ctx, module.areas, ['areas']);
  });
export type Module = z.infer<typeof Module>;
