import {
  builtinIndicators,
  type IndicatorGroup,
  indicatorGroupNames,
  indicatorGroups,
  type Pack,
  type Play,
  type Text,
} from '@ruta/scenario-engine';
import { useId, useState } from 'react';
import type { Lang } from './messages';
import { PackText, pickText } from './pack-text';
import { useLang } from './settings';
import { useT } from './t';
import { usePlay } from './use-play';

export interface CatalogueIndicator {
  id: string;
  label: Text;
  /** A built-in group, or the pack's own group name. */
  group: string;
  fromPack: boolean;
}

/** The built-in catalogue and the pack's own indicators, as one list. */
export function indicatorCatalogue(pack: Pack): CatalogueIndicator[] {
  const own = (pack.indicators ?? []).map((indicator) => ({
    id: indicator.id,
    label: indicator.label,
    group: indicator.group ?? '',
    fromPack: true,
  }));
  const builtin = builtinIndicators.map((indicator) => ({
    id: indicator.id,
    label: indicator.label as Text,
    group: indicator.group as string,
    fromPack: false,
  }));
  return [...own, ...builtin];
}

/** An indicator's label by id (built-in or the pack's own), or the id itself when unknown. */
export function indicatorLabel(pack: Pack, id: string): Text {
  return indicatorCatalogue(pack).find((indicator) => indicator.id === id)?.label ?? { en: id };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const isBuiltinGroup = (group: string): group is IndicatorGroup =>
  (indicatorGroups as readonly string[]).includes(group);

export interface NotebookProps {
  play: Play;
}

/**
 * The indicator notebook: the built-in catalogue and the pack's own indicators, grouped, searchable; each
 * a checkbox (checked = noted). Notes go to the play (`note` / `unnote`), which scores them.
 */
export function Notebook({ play }: NotebookProps) {
  usePlay(play);
  const t = useT();
  const [lang] = useLang();
  const headingId = useId();
  const prefix = useId();
  const [query, setQuery] = useState('');
  const packLangs = play.pack.languages as readonly Lang[];
  const noted = new Set(play.notebook);
  const folded = fold(query.trim());
  const all = indicatorCatalogue(play.pack);
  const shown = all.filter(
    (indicator) =>
      folded === '' ||
      fold(pickText(indicator.label, lang, packLangs).value).includes(folded) ||
      indicator.id.includes(folded),
  );
  // Pack groups first (what this pack is about), then the built-in groups in catalogue order.
  const groups: { key: string; name: Text; items: CatalogueIndicator[] }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  const groupOf = (indicator: CatalogueIndicator) => {
    const key =
      indicator.fromPack && !isBuiltinGroup(indicator.group) ? `pack:${indicator.group}` : indicator.group;
    let group = byKey.get(key);
    if (group === undefined) {
      const name: Text = isBuiltinGroup(key)
        ? indicatorGroupNames[key]
        : indicator.group === ''
          ? { [lang]: t('notebook.packGroup') }
          : { [lang]: t('notebook.packNamedGroup', { group: indicator.group.replace(/[-_]+/g, ' ') }) };
      group = { key, name, items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    return group;
  };
  for (const indicator of shown.filter((i) => i.fromPack && !isBuiltinGroup(i.group)))
    groupOf(indicator).items.push(indicator);
  for (const key of indicatorGroups)
    for (const indicator of shown.filter((i) => i.group === key)) groupOf(indicator).items.push(indicator);

  const toggle = (id: string, checked: boolean) => {
    if (play.done) return;
    if (checked) play.note(id);
    else play.unnote(id);
  };

  return (
    <section className="ruta-panel ruta-notebook" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('notebook.title')}</h3>
      <p className="ruta-muted ruta-small" role="status">
        {t('notebook.count', { count: noted.size })}
      </p>
      <label className="ruta-field">
        <span>{t('notebook.search')}</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {groups.length === 0 && <p>{t('notebook.none')}</p>}
      {groups.map((group) => {
        const notedHere = group.items.filter((i) => noted.has(i.id)).length;
        return (
          <details key={group.key} className="ruta-group" open={folded !== '' || notedHere > 0 || undefined}>
            <summary>
              <PackText text={group.name} fallbacks={packLangs} />{' '}
              <span className="ruta-muted ruta-small">
                {t('notebook.groupCount', { total: group.items.length, noted: notedHere })}
              </span>
            </summary>
            <ul className="ruta-indicators">
              {group.items.map((indicator) => {
                const id = `${prefix}-${indicator.id}`;
                const isNoted = noted.has(indicator.id);
                return (
                  <li key={indicator.id} className={isNoted ? 'ruta-noted' : undefined}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={isNoted}
                      disabled={play.done}
                      onChange={(event) => toggle(indicator.id, event.target.checked)}
                    />
                    <label htmlFor={id}>
                      <PackText text={indicator.label} fallbacks={packLangs} />
                      {isNoted && <span className="ruta-tag"> {t('notebook.noted')}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
