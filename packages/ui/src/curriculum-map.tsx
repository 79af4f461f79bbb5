import { type ModuleId, moduleIds, type Program, regionalProgram } from '@ruta/curriculum';
import { useId } from 'react';
import { PackText } from './pack-text';
import { usePercent, useT } from './t';

export interface CurriculumMapProps {
  /** The program (default: the RCM regional program). */
  program?: Program;
  /** A trainee's progress per module, 0..1. */
  progress?: Partial<Record<ModuleId, number>>;
}

/** The program's areas against its modules M1–M9, with the contact hours, and each module's progress. */
export function CurriculumMap({ program = regionalProgram, progress }: CurriculumMapProps) {
  const t = useT();
  const percent = usePercent();
  const headingId = useId();
  const modules = [...program.modules].sort((a, b) => moduleIds.indexOf(a.id) - moduleIds.indexOf(b.id));
  const total = modules.reduce((sum, m) => sum + m.contactHours, 0);
  return (
    <section className="ruta-panel ruta-curriculum" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <PackText text={program.title} />
      </h2>
      <p>{t('curriculum.total', { hours: total, modules: modules.length })}</p>
      <div className="ruta-scroll">
        <table className="ruta-table ruta-grid">
          <caption className="ruta-sr-only">{t('curriculum.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('curriculum.area')}</th>
              {modules.map((m) => (
                <th scope="col" key={m.id}>
                  {m.id}
                </th>
              ))}
              <th scope="col">{t('curriculum.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {program.areas.map((area) => {
              const hours = modules
                .filter((m) => m.areas.includes(area))
                .reduce((s, m) => s + m.contactHours, 0);
              return (
                <tr key={area}>
                  <th scope="row">{t(`area.${area}`)}</th>
                  {modules.map((m) => (
                    <td key={m.id}>
                      {m.areas.includes(area) ? (
                        <>
                          <span aria-hidden="true">● </span>
                          {t('curriculum.h', { hours: m.contactHours })}
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="ruta-sr-only">{t('curriculum.notServed')}</span>
                        </>
                      )}
                    </td>
                  ))}
                  <td>{t('curriculum.h', { hours })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="ruta-muted ruta-small">{t('curriculum.note')}</p>
      <ol className="ruta-modules">
        {modules.map((m) => {
          const done = progress?.[m.id];
          return (
            <li key={m.id}>
              <strong>{m.id}</strong> <PackText text={m.title} /> ·{' '}
              <span className="ruta-muted">{t('curriculum.h', { hours: m.contactHours })}</span>
              {done !== undefined && (
                <span className="ruta-progress-row">
                  <progress value={done} max={1} aria-label={t('curriculum.progressOf', { module: m.id })} />{' '}
                  {percent(done)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
