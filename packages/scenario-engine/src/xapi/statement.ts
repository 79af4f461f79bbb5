import { z } from 'zod';

/**
 * The subset of xAPI 1.0.3 statements Ruta produces, as a zod schema (strict objects: an LRS rejects
 * properties the specification does not define). Validate what you send with `XapiStatement.parse`.
 */

/** An absolute IRI: a scheme, a colon and no whitespace (`https://…`, `urn:…`). */
export const Iri = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/, 'must be an absolute IRI such as https://…');

/** An RFC 5646 language tag → text (`{ "en-US": "answered", "es": "respondió" }`). */
export const LanguageMap = z.record(
  z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en-US" or "es"'),
  z.string(),
);

export const XapiAgent = z.strictObject({
  objectType: z.literal('Agent'),
  name: z.string().optional(),
  account: z.strictObject({ homePage: Iri, name: z.string().min(1) }),
});

export const XapiVerb = z.strictObject({ id: Iri, display: LanguageMap });

export const XapiActivityDefinition = z.strictObject({
  name: LanguageMap.optional(),
  description: LanguageMap.optional(),
  type: Iri.optional(),
  moreInfo: Iri.optional(),
  extensions: z.record(Iri, z.unknown()).optional(),
});

export const XapiActivity = z.strictObject({
  objectType: z.literal('Activity'),
  id: Iri,
  definition: XapiActivityDefinition.optional(),
});

export const XapiScore = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'min must be less than max')
  .refine(
    (s) =>
      s.raw === undefined ||
      ((s.min === undefined || s.raw >= s.min) && (s.max === undefined || s.raw <= s.max)),
    'raw must lie between min and max',
  );

export const XapiResult = z.strictObject({
  score: XapiScore.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: z.iso.duration().optional(),
  extensions: z.record(Iri, z.unknown()).optional(),
});

export const XapiContextActivities = z.strictObject({
  parent: z.array(XapiActivity).optional(),
  grouping: z.array(XapiActivity).optional(),
  category: z.array(XapiActivity).optional(),
  other: z.array(XapiActivity).optional(),
});

export const XapiContext = z.strictObject({
  registration: z.uuid().optional(),
  contextActivities: XapiContextActivities.optional(),
  language: z.string().optional(),
  extensions: z.record(Iri, z.unknown()).optional(),
});

/** One xAPI 1.0.3 statement as Ruta produces it: an agent, a verb, an activity, a result and a context. */
export const XapiStatement = z.strictObject({
  id: z.uuid(),
  actor: XapiAgent,
  verb: XapiVerb,
  object: XapiActivity,
  result: XapiResult.optional(),
  context: XapiContext.optional(),
  timestamp: z.iso.datetime({ offset: true }),
});
export type XapiStatement = z.infer<typeof XapiStatement>;
export type XapiActivity = z.infer<typeof XapiActivity>;
export type XapiAgent = z.infer<typeof XapiAgent>;
