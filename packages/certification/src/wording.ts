import type { Language, Text } from '@ruta/curriculum';
import type { Stage } from '@ruta/scenario-engine';

/** Number and list wording for the criteria's plain-language explanations (es, en, fr). */

/** A Text with all three languages. */
export type FullText = Required<Pick<Text, 'es' | 'en' | 'fr'>>;

export const each = (build: (lang: Language) => string): FullText => ({
  es: build('es'),
  en: build('en'),
  fr: build('fr'),
});

/** `0.7` → "0,70" (es, fr) or "0.70" (en). */
export function score(value: number, lang: Language): string {
  const text = value.toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** `0.8` → "80 %" (es, fr) or "80%" (en); one decimal when needed. */
export function percent(value: number, lang: Language): string {
  const rounded = Math.round(value * 1000) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')} %`;
}

/** Hours with at most one decimal: `12.5` → "12,5" (es, fr). */
export function hours(value: number, lang: Language): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** "a, b y c" / "a, b and c" / "a, b et c". */
export function list(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const and = { es: 'y', en: 'and', fr: 'et' }[lang];
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "a, b o c" / "a, b or c" / "a, b ou c": one of several, any will do. */
export function anyOf(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const or = { es: 'o', en: 'or', fr: 'ou' }[lang];
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** The four stages of the referral chain a scenario belongs to. */
export const stageNames: Record<Stage, FullText> = {
  identification: { es: 'identificación', en: 'identification', fr: 'identification' },
  referral: { es: 'derivación', en: 'referral', fr: 'orientation' },
  shelter: { es: 'albergue', en: 'shelter', fr: 'hébergement' },
  prosecution: { es: 'persecución penal', en: 'prosecution', fr: 'poursuites pénales' },
};
