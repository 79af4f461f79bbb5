import { z } from 'zod';
import {
  areas,
  countryCodes,
  kebabCase,
  languageNames,
  languages,
  missingLanguages,
  moduleIds,
  roleIds,
} from './constants';

export {
  areaNames,
  areas,
  countryCodes,
  countryNames,
  kebabCase,
  languageNames,
  languages,
  localize,
  missingLanguages,
  moduleIds,
  roleIds,
  roleNames,
} from './constants';

export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** A text in one or more of the lab's languages: language code → non-empty string. */
export const Text = z.partialRecord(Language, z.string().trim().min(1, 'must not be empty'));
export type Text = z.infer<typeof Text>;

/** A Text that carries every language of `required` (the check a pack or program applies to its texts). */
export function textIn(required: readonly Language[]) {
  return Text.superRefine((text, ctx) => {
    for (const lang of missingLanguages(text, required)) {
      ctx.addIssue({
        code: 'custom',
        path: [lang],
        message: `missing the ${languageNames.en[lang]} (${lang}) translation`,
      });
    }
  });
}

export const Id = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(
    kebabCase,
    'must be kebab-case: lowercase letters and digits separated by single hyphens (e.g. "border-post")',
  );
export type Id = z.infer<typeof Id>;

export const Country = z.enum(countryCodes, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `must be the code of an RCM member country (${countryCodes.join(', ')})`,
});
export type Country = z.infer<typeof Country>;

export const Area = z.enum(areas);
export type Area = z.infer<typeof Area>;

export const ModuleId = z.enum(moduleIds, {
  error: (issue) => (issue.input === undefined ? undefined : 'must be a module id M1–M9'),
});
export type ModuleId = z.infer<typeof ModuleId>;

export const Role = z.enum(roleIds);
export type Role = z.infer<typeof Role>;

/** ISO 8601 calendar date `YYYY-MM-DD` that exists on the calendar. */
export const IsoDate = z.iso.date({ error: () => 'must be a date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;
