import type { Outcome, Quality } from '@ruta/scenario-engine';
import { useT } from './t';

const outcomeSymbol: Record<Outcome, string> = { protected: '✓', partial: '◐', harmed: '✗' };
const qualitySymbol: Record<Quality, string> = { best: '★', good: '✓', poor: '△', harmful: '✗' };

/** An ending's outcome in words, with a symbol: colour is never the only cue. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return (
    <span className={`ruta-badge ruta-outcome-${outcome}`}>
      <span aria-hidden="true">{outcomeSymbol[outcome]} </span>
      {t(`outcome.${outcome}`)}
    </span>
  );
}

/** A choice's quality in words, with a symbol. */
export function QualityBadge({ quality }: { quality: Quality }) {
  const t = useT();
  return (
    <span className={`ruta-badge ruta-quality-${quality}`}>
      <span aria-hidden="true">{qualitySymbol[quality]} </span>
      {t(`quality.${quality}`)}
    </span>
  );
}
