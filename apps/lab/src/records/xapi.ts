import type { Language } from '@ruta/curriculum';
import { statementNamespace, toXapiStatements, uuidV5, type XapiStatement } from '@ruta/scenario-engine/xapi';
import type { Attempt, LabData } from '../storage';
import { countedAttempts, replayedResult } from './bundle';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The registration of an attempt's statements: the attempt's own UUID, so the statement ids never change. */
export function registrationOf(attempt: Attempt): string {
  return uuid.test(attempt.id)
    ? attempt.id.toLowerCase()
    : uuidV5(`ruta-lab|${attempt.id}`, statementNamespace);
}

/** The account the statements name: the person id the trainee entered, on this lab's address. */
export function actorOf(personId: string) {
  const homePage = `${window.location.origin}${window.location.pathname}`;
  return { homePage, name: personId };
}

/**
 * The xAPI 1.0.3 statements of every attempt that counts (practice attempts never leave the lab), each
 * attempt's statement ids derived by the engine from its registration: the same attempt always gives the
 * same ids, so sending them again is idempotent. Attempts on a pack version this lab no longer has are left
 * out (they cannot be replayed here).
 */
export async function statementsOf(data: LabData, personId: string): Promise<XapiStatement[]> {
  const lang: Language = data.profile?.lang ?? 'es';
  const statements: XapiStatement[] = [];
  for (const attempt of countedAttempts(data.attempts)) {
    const replayed = await replayedResult(attempt, lang);
    if (replayed === undefined) continue;
    const { result, pack } = replayed;
    const seconds = (Date.parse(attempt.completedAt) - Date.parse(attempt.startedAt)) / 1000;
    statements.push(
      ...toXapiStatements(result, {
        actor: actorOf(personId),
        registration: registrationOf(attempt),
        timestamp: attempt.startedAt,
        ...(Number.isFinite(seconds) && seconds >= 0 ? { durationSeconds: Math.round(seconds) } : {}),
        pack,
        lang,
      }),
    );
  }
  return statements;
}
