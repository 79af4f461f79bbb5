import { useId } from 'react';
import type { Lang } from './messages';
import { useLang } from './settings';
import { useT } from './t';

/**
 * An issue found while importing a pack: a validation issue (`ValidationIssue` from
 * `@ruta/scenario-engine/validate`, or a `PackIssue` from `parsePack`) or a static-check error.
 */
export interface ImportIssue {
  /** A JSON path into the pack, e.g. `scenarios[0].nodes.arrival.choices[1].to`, shown as it is written. */
  path: string;
  /** The message, shown as given: validate with the user's language (`validatePack(pack, { lang })`). */
  message: string;
  /** The static check a validation issue comes from (`unreachable-node`, `soft-lock`…), when it is one. */
  check?: string;
  /** The kind of a static-check error from `analyzePack` (same names as `check`), when it is one. */
  kind?: string;
}

export interface PackImportPanelProps {
  issues: readonly ImportIssue[];
  packName?: string;
  /**
   * The language the issue messages are written in, set as their `lang` attribute. Defaults to the interface
   * language, which is what `validatePack(pack, { lang })` with the user's language gives.
   */
  messagesLang?: Lang;
}

/** The issues that kept a pack from being imported, each with its message as given and its path. */
export function PackImportPanel({ issues, packName, messagesLang }: PackImportPanelProps) {
  const t = useT();
  const [lang] = useLang();
  const headingId = useId();
  if (issues.length === 0)
    return (
      <section className="ruta-panel ruta-import ruta-valid" role="status" aria-labelledby={headingId}>
        <h2 id={headingId}>
          <span aria-hidden="true">✓ </span>
          {packName ? t('import.okNamed', { name: packName }) : t('import.ok')}
        </h2>
      </section>
    );
  const messageLang = messagesLang ?? lang;
  return (
    <section className="ruta-panel ruta-import ruta-invalid" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true">✗ </span>
        {packName ? t('import.failedNamed', { name: packName }) : t('import.failed')}
      </h2>
      <p>{t('import.count', { count: issues.length })}</p>
      <ol className="ruta-issues">
        {issues.map((issue, index) => {
          const check = issue.check ?? issue.kind;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues may repeat a path
            <li key={index}>
              <p lang={messageLang === lang ? undefined : messageLang}>
                {issue.message}
                {check && <span className="ruta-tag"> ({check})</span>}
              </p>
              <p className="ruta-small">
                {t('import.path')} <code>{issue.path === '' ? '(root)' : issue.path}</code>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
