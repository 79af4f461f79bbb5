import { type Language, localize } from '@ruta/curriculum';
import type { JourneyResult, Pack, PlayResult } from '@ruta/scenario-engine';
import type { Messages } from './messages';

/**
 * Wraps each line longer than `width` at spaces; continuation lines are indented like the line's text
 * (after its leading spaces and a list number such as `2) ` or `3. `).
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = ' '.repeat(/^\s*(?:\d+[.)]\s+)?/.exec(line)?.[0].length ?? 0);
      const out: string[] = [];
      let current = '';
      for (const word of line.trimStart().split(' ')) {
        const base =
          current === ''
            ? out.length === 0
              ? line.slice(0, line.length - line.trimStart().length)
              : indent
            : `${current} `;
        if (current !== '' && base.length + word.length > width) {
          out.push(current);
          current = `${indent}${word}`;
        } else current = `${base}${word}`;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The language a pack's texts are shown in: the user's, when the pack has it, else the pack's default. */
export function textLanguage(pack: Pack, lang: Language): Language {
  return pack.languages.includes(lang) ? lang : (pack.languages[0] as Language);
}

/**
 * The line that says a pack's texts are shown in another language than the user's (the pack does not
 * carry the user's), or undefined when they are in the user's language.
 */
export function textFallbackNote(pack: Pack, lang: Language, t: Messages): string | undefined {
  const shown = textLanguage(pack, lang);
  return shown === lang ? undefined : t.textFallback(shown, lang);
}

/** The debrief of a play, as a trainee reads it at the end: outcome, scores, every decision. */
export function debrief(pack: Pack, result: PlayResult, lang: Language, t: Messages): string {
  const tl = textLanguage(pack, lang);
  const scenario = pack.scenarios.find((s) => s.id === result.scenarioId);
  const lines: string[] = [t.debriefHeading(scenario ? localize(scenario.title, tl) : result.scenarioId)];
  const fallback = textFallbackNote(pack, lang, t);
  if (fallback !== undefined) lines.push(fallback);
  if (result.ending !== undefined && scenario !== undefined) {
    const node = scenario.nodes[result.ending.node];
    lines.push(t.debriefOutcome(t.outcome[result.ending.outcome]));
    if (node !== undefined && 'ending' in node && node.ending !== undefined)
      lines.push(`  ${localize(node.ending.summary, tl)}`);
  } else lines.push(t.debriefIncomplete);
  const id = result.scores.identification;
  lines.push(
    t.debriefOverall(score(result.scores.overall)),
    t.debriefIdentification(score(id.score), id.truePositives, id.missed, id.falseNotes),
  );
  const competencies = Object.entries(result.scores.competencies);
  if (competencies.length > 0)
    lines.push(t.debriefCompetencies(competencies.map(([c, v]) => `${c} ${v.toFixed(2)}`).join(', ')));
  if (result.referrals.length > 0) {
    const names = result.referrals.map((r) => {
      const referral = pack.referrals?.find((x) => x.id === r);
      return referral ? `${localize(referral.name, tl)} (${r})` : r;
    });
    lines.push(t.debriefReferrals(names.join('; ')));
  }
  if (result.harmful.length > 0)
    lines.push(t.debriefHarmful(result.harmful.map((h) => `${h.node}/${h.choice}`).join(', ')));
  if (result.decisions.length > 0) lines.push('', t.debriefDecisions);
  result.decisions.forEach((decision, index) => {
    lines.push(
      `  ${index + 1}. [${decision.node}] ${localize(decision.made.text, tl)}`,
      `     ${t.quality[decision.made.quality]} (${decision.made.points.toFixed(1)}) — ${localize(decision.made.feedback, tl)}`,
    );
    if (decision.best.choice !== decision.made.choice)
      lines.push(
        `     ${t.debriefBest(localize(decision.best.text, tl), t.quality[decision.best.quality])}`,
        `       ${localize(decision.best.feedback, tl)}`,
      );
  });
  return `${lines.join('\n')}\n`;
}

/** The debrief of a journey: each step's, then the journey's outcome and mean score. */
export function journeyDebrief(pack: Pack, result: JourneyResult, lang: Language, t: Messages): string {
  const parts = result.steps.map((step) => debrief(pack, step, lang, t));
  parts.push(
    `${t.journeySummary(result.journeyId, result.outcome === undefined ? '—' : t.outcome[result.outcome], score(result.overall))}\n`,
  );
  return parts.join('\n');
}
