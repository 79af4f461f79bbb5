import type { Text } from '@ruta/scenario-engine';
import type { ElementType } from 'react';
import type { Lang } from './messages';
import { useLang } from './settings';
import { useT } from './t';

/** A pack text in `lang`, or in the first of `fallbacks` that it carries, and which language that was. */
export function pickText(
  text: Text,
  lang: Lang,
  fallbacks: readonly Lang[] = [],
): { value: string; lang: Lang; fellBack: boolean } {
  const own = text[lang];
  if (own !== undefined) return { value: own, lang, fellBack: false };
  for (const other of [...fallbacks, 'es', 'en', 'fr'] as const) {
    const value = text[other];
    if (value !== undefined) return { value, lang: other, fellBack: true };
  }
  return { value: '', lang, fellBack: false };
}

export interface PackTextProps {
  text: Text;
  /** The language wanted (default: the interface language). */
  lang?: Lang;
  /** The pack's languages, first the default: where the text falls back to (default: es, en, fr). */
  fallbacks?: readonly Lang[];
  /** The element to render (default `span`). */
  as?: ElementType;
  className?: string;
  id?: string;
}

/**
 * Renders a pack text, always as text (React escapes it: markup in a pack is shown, never run). When the
 * text is not in the wanted language, it falls back to the pack's default, sets the `lang` attribute, and
 * shows a small marker naming the language.
 */
export function PackText({ text, lang, fallbacks, as: Tag = 'span', className, id }: PackTextProps) {
  const [uiLang] = useLang();
  const t = useT();
  const picked = pickText(text, lang ?? uiLang, fallbacks);
  if (!picked.fellBack)
    return (
      <Tag className={className} id={id} lang={picked.lang}>
        {picked.value}
      </Tag>
    );
  return (
    <Tag className={className} id={id} lang={picked.lang}>
      {picked.value}{' '}
      <span
        className="ruta-fallback"
        lang={uiLang}
        title={t('text.fallback', { lang: t(`lang.${picked.lang}`) })}
      >
        {t('text.fallbackMarker', { code: picked.lang.toUpperCase() })}
      </span>
    </Tag>
  );
}
