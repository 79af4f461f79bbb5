import type { Play, VariableDeclarations } from '@ruta/scenario-engine';
import { useId } from 'react';
import { type MessageId, uiMessages } from './messages';
import { useT } from './t';
import { usePlay } from './use-play';

/**
 * A variable's name for people: the catalogue's word for the variables of the shipped packs (and the common
 * `trust`, `safety`, `evidence`), else the name with spaces.
 */
export function useVariableLabel(): (name: string) => string {
  const t = useT();
  return (name) =>
    Object.hasOwn(uiMessages.es, `variable.${name}`)
      ? t(`variable.${name}` as MessageId)
      : name.replace(/[-_]+/g, ' ');
}

export interface VariableListProps {
  declarations: VariableDeclarations;
  values: Readonly<Record<string, number | boolean>>;
}

/** The scenario's variables as meters (numbers, with their range) and yes/no values, each named. */
export function VariableList({ declarations, values }: VariableListProps) {
  const t = useT();
  const label = useVariableLabel();
  const prefix = useId();
  return (
    <ul className="ruta-meters">
      {Object.entries(declarations).map(([name, declaration]) => {
        const value = values[name] ?? declaration.initial;
        if (declaration.type === 'boolean')
          return (
            <li key={name} className="ruta-meter-row">
              <span>{label(name)}</span> <strong>{value ? t('common.yes') : t('common.no')}</strong>
            </li>
          );
        const share = ((value as number) - declaration.min) / (declaration.max - declaration.min || 1);
        const valueText = t('meters.value', { value: value as number, max: declaration.max });
        return (
          <li key={name} className="ruta-meter-row">
            <span id={`${prefix}-${name}`}>{label(name)}</span>
            {/* biome-ignore lint/a11y/useSemanticElements: a styled bar that looks the same in every browser */}
            <div
              role="meter"
              aria-labelledby={`${prefix}-${name}`}
              aria-valuenow={value as number}
              aria-valuemin={declaration.min}
              aria-valuemax={declaration.max}
              aria-valuetext={valueText}
              className="ruta-meter"
            >
              <div className="ruta-meter-fill" style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
            <strong aria-hidden="true">{valueText}</strong>
          </li>
        );
      })}
    </ul>
  );
}

export interface MetersProps {
  play: Play;
  /** Hidden during play under exam conditions (they are shown in the debrief). */
  hidden?: boolean;
}

/** The live values of the scenario's variables (trust, safety, evidence…). */
export function Meters({ play, hidden = false }: MetersProps) {
  usePlay(play);
  const t = useT();
  const headingId = useId();
  const declarations = play.scenario.variables ?? {};
  if (Object.keys(declarations).length === 0) return null;
  return (
    <section className="ruta-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meters.title')}</h3>
      {hidden ? (
        <p className="ruta-muted">{t('meters.hidden')}</p>
      ) : (
        <VariableList declarations={declarations} values={play.variables} />
      )}
    </section>
  );
}
