import { useId } from 'react';
import type { Lang } from './messages';
import { useLang } from './settings';
import { useT } from './t';

/** An issue found while importing a pack: a validation issue (`PackIssue`) or a static-check error. */
export interface ImportIssue {
  /** A JSON path into the pack, e.g. `scenarios[0].nodes.arrival.choices[1].to`. */
  path: string;
  message: string;
  /** The kind of a static-check error (`unreachable-node`, `soft-lock`…), when it is one. */
  kind?: string;
}

export interface PackImportPanelProps {
  issues: readonly ImportIssue[];
  packName?: string;
  /** The language the issue messages are written in (validation messages are English; default `en`). */
  messagesLang?: Lang;
}

type T = ReturnType<typeof useT>;

/** The pack fields named in words (others are shown as they are written in the file). */
const fields = new Set([
  'version',
  'stage',
  'to',
  'text',
  'title',
  'languages',
  'speaker',
  'start',
  'summary',
  'timeout',
]);

/** A JSON path in words, in the interface language: "scenario 1 › node “arrival” › choice 2 › to". */
export function describePath(path: string, t: T): string {
  if (path === '' || path === '(root)') return t('path.root');
  const parts: string[] = [];
  const tokens = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const index = next?.startsWith('[') ? Number(next.slice(1, -1)) + 1 : undefined;
    const known: Record<string, Parameters<T>[0]> = {
      scenarios: 'path.scenario',
      choices: 'path.choice',
      journeys: 'path.journey',
      indicators: 'path.indicator',
      references: 'path.reference',
      referrals: 'path.referral',
      effects: 'path.effect',
      authors: 'path.author',
      steps: 'path.step',
      characters: 'path.character',
    };
    const key = known[token];
    if (key !== undefined && index !== undefined) {
      parts.push(t(key, { n: index }));
      i++;
    } else if (token === 'nodes' && next !== undefined && !next.startsWith('[')) {
      parts.push(t('path.node', { id: next }));
      i++;
    } else if (token.startsWith('[')) parts.push(`#${Number(token.slice(1, -1)) + 1}`);
    else if (fields.has(token)) parts.push(t(`field.${token}` as Parameters<T>[0]));
    else parts.push(token);
  }
  return parts.join(' › ');
}

/** The issues that kept a pack from being imported, each with where it is, in words and as a path. */
export function PackImportPanel({ issues, packName, messagesLang = 'en' }: PackImportPanelProps) {
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
  return (
    <section className="ruta-panel ruta-import ruta-invalid" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true">✗ </span>
        {packName ? t('import.failedNamed', { name: packName }) : t('import.failed')}
      </h2>
      <p>{t('import.count', { count: issues.length })}</p>
      <ol className="ruta-issues">
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues may repeat a path
          <li key={index}>
            <p>
              <strong>{describePath(issue.path, t)}</strong>
              {issue.kind && <span className="ruta-tag"> {issue.kind}</span>}
            </p>
            <p className="ruta-small">
              {t('import.path')} <code>{issue.path}</code>
            </p>
            <p lang={messagesLang}>
              {issue.message}
              {messagesLang !== lang && (
                <>
                  {' '}
                  <span
                    className="ruta-fallback"
                    lang={lang}
                    title={t('text.fallback', { lang: t(`lang.${messagesLang}`) })}
                  >
                    {t('text.fallbackMarker', { code: messagesLang.toUpperCase() })}
                  </span>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
