import { languages } from '@ruta/curriculum';
import { describe, expect, it } from 'vitest';
import { CompetencyError } from '../src/evidence';
import { type PrincipleId, principleIds } from '../src/ids';
import { Principle, principle, principles } from '../src/principles';
import { regionalFramework } from '../src/regional-framework';

describe('principles', () => {
  it('has one valid entry per principle id, in the order of principleIds', () => {
    expect(principles.map((p) => p.id)).toEqual([...principleIds]);
    for (const entry of principles) expect(Principle.safeParse(entry).success, entry.id).toBe(true);
  });

  it('gives every title and explanation in es, en and fr; each explanation is one real paragraph', () => {
    for (const entry of principles) {
      for (const lang of languages) {
        expect(entry.title[lang], `${entry.id}.title.${lang}`).toBeTruthy();
        const paragraph = entry.explanation[lang] ?? '';
        expect(paragraph.length, `${entry.id}.explanation.${lang}`).toBeGreaterThan(200);
        expect(paragraph, `${entry.id}.explanation.${lang}`).not.toContain('\n');
      }
      expect(entry.explanation.es).not.toBe(entry.explanation.en);
      expect(entry.explanation.fr).not.toBe(entry.explanation.en);
    }
  });

  it('cannot be changed by one program for every other', () => {
    expect(() => {
      (principle('confidentiality').title as Record<string, string>).en = 'Secrecy';
    }).toThrow(TypeError);
  });

  it('links each principle to competencies of the regional framework', () => {
    const known = new Set(regionalFramework.competencies.map((c) => c.id));
    for (const entry of principles)
      for (const id of entry.competencies) expect(known.has(id), `${entry.id} → ${id}`).toBe(true);
  });
});

describe('principle', () => {
  it('looks a principle up by id', () => {
    expect(principle('non-punishment').title).toEqual({
      es: 'No sanción',
      en: 'Non-punishment',
      fr: 'Non-sanction',
    });
    expect(principle('best-interests-of-child').explanation.en).toContain('presumed to be a child');
  });

  it('names the unknown id and the known ones', () => {
    expect(() => principle('do-harm' as PrincipleId)).toThrow(CompetencyError);
    expect(() => principle('do-harm' as PrincipleId)).toThrow(
      /^id: no principle "do-harm"; the principles are do-no-harm, /,
    );
  });
});
