import { z } from 'zod';
import { Accreditation } from './accreditation';
import { Module } from './module';
import { Area, Id, Language, languages, missingLanguages, Text } from './primitives';
import { reportDuplicates, reportRepeatedValues } from './references';

/**
 * A training program: its areas, its modules and its accreditation. `languages` declares which of the lab's
 * languages every text of the program carries; a text missing one of them is reported with its path.
 */
export const Program = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text,
    languages: z.array(Language).min(1, 'must declare at least one language'),
    areas: z.array(Area).min(1, 'needs at least one area'),
    modules: z.array(Module).min(1, 'needs at least one module'),
    accreditation: Accreditation,
  })
  .superRefine((program, ctx) => {
    reportRepeatedValues(ctx, program.languages, ['languages']);
    reportRepeatedValues(ctx, program.areas, ['areas']);
    reportDuplicates(ctx, program.modules, (m) => m.id, ['modules'], 'id', 'module id');

    const programAreas = new Set<string>(program.areas);
    program.modules.forEach((module, m) => {
      module.areas.forEach((area, a) => {
        if (!programAreas.has(area))
          ctx.addIssue({
            code: 'custom',
            path: ['modules', m, 'areas', a],
            message: `serves the area "${area}", which is not one of the program's areas (${program.areas.join(', ')})`,
          });
      });
    });
    program.areas.forEach((area, a) => {
      if (!program.modules.some((module) => module.areas.includes(area)))
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a],
          message: `no module serves the area "${area}"`,
        });
    });

    const declared = program.languages.filter((lang) => languages.includes(lang));
    for (const { path, text } of textsOf(program)) {
      for (const lang of missingLanguages(text, declared))
        ctx.addIssue({
          code: 'custom',
          path: [...path, lang],
          message: `missing the ${lang} translation (the program declares ${declared.join(', ')})`,
        });
    }
  });
export type Program = z.infer<typeof Program>;

/** Every Text of a program with its path: titles, descriptions, objectives, profiles, credit unit, bodies. */
export function textsOf(program: Program): { path: (string | number)[]; text: Text }[] {
  const texts: { path: (string | number)[]; text: Text }[] = [
    { path: ['title'], text: program.title },
    { path: ['description'], text: program.description },
  ];
  program.modules.forEach((module, m) => {
    texts.push({ path: ['modules', m, 'title'], text: module.title });
    texts.push({ path: ['modules', m, 'description'], text: module.description });
    module.learningObjectives.forEach((objective, o) => {
      texts.push({ path: ['modules', m, 'learningObjectives', o], text: objective });
    });
    texts.push({ path: ['modules', m, 'facilitatorProfile'], text: module.facilitatorProfile });
  });
  texts.push({ path: ['accreditation', 'creditUnit'], text: program.accreditation.creditUnit });
  program.accreditation.bodies.forEach((body, b) => {
    texts.push({ path: ['accreditation', 'bodies', b, 'name'], text: body.name });
  });
  return texts;
}

/** The modules of `program` that serve `area`, in program order. */
export function modulesByArea(program: Program, area: Area): Module[] {
  return program.modules.filter((module) => module.areas.includes(area));
}

/** The program's total contact hours: the sum of its modules' contact hours. */
export function totalHours(program: Program): number {
  return program.modules.reduce((sum, module) => sum + module.contactHours, 0);
}

/**
 * The academic credits the program's duration earns under its accreditation rule: every full
 * `creditsPerHours.hours` of contact time earns `creditsPerHours.credits`; a partial block earns nothing.
 */
export function academicCredits(program: Program): number {
  const { hours, credits } = program.accreditation.creditsPerHours;
  return Math.floor(totalHours(program) / hours + 1e-9) * credits;
}
