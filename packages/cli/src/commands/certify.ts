import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CertificationError,
  type CertificationScheme,
  type Evaluation,
  evaluate,
  issueCredential,
  parseRecord,
  parseScheme,
  regionalScheme,
} from '@ruta/certification';
import { type Language, localize } from '@ruta/curriculum';
import type { Pack } from '@ruta/scenario-engine';
import { type Command, type Context, printJson } from '../command';
import { checkFailure, usageError } from '../failures';
import { ensureDirectory, fileKind, readJsonArgument } from '../files';
import type { Messages } from '../messages';
import { flag, listOption, positionals, requiredOption, stringOption } from '../options';
import { issueLine, loadPack, shippedPackFiles } from '../pack-files';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

async function readScheme(context: Context, argument: string): Promise<CertificationScheme> {
  if (argument === 'regional') return regionalScheme;
  const parsed = parseScheme(await readJsonArgument(context.io, context.t, argument));
  if (!parsed.ok)
    throw checkFailure(
      context.t.invalidDocument(argument, parsed.issues.length),
      parsed.issues.map(issueLine),
    );
  return parsed.value;
}

/** The issuer profile: `{ "id": "https://…" | "did:…", "name": "…", "url"?: "https://…" }`. */
async function readIssuer(
  context: Context,
  argument: string,
): Promise<{ id: string; name: string; url?: string }> {
  const { t } = context;
  const document = await readJsonArgument(context.io, t, argument);
  const issues: string[] = [];
  const profile = (typeof document === 'object' && document !== null ? document : {}) as Record<
    string,
    unknown
  >;
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    issues.push(`(root): ${t.issuerShape}`);
  else {
    if (typeof profile.id !== 'string' || !/^(https:\/\/|did:)\S+$/.test(profile.id))
      issues.push(`id: ${t.issuerId}`);
    if (typeof profile.name !== 'string' || profile.name.trim() === '') issues.push(`name: ${t.issuerName}`);
    if (
      profile.url !== undefined &&
      (typeof profile.url !== 'string' || !/^https?:\/\/\S+$/.test(profile.url))
    )
      issues.push(`url: ${t.issuerUrl}`);
    for (const key of Object.keys(profile))
      if (!['id', 'name', 'url', 'type'].includes(key)) issues.push(`${key}: ${t.unknownField}`);
  }
  if (issues.length > 0) throw checkFailure(t.invalidDocument(argument, issues.length), issues);
  return {
    id: profile.id as string,
    name: (profile.name as string).trim(),
    ...(typeof profile.url === 'string' ? { url: profile.url } : {}),
  };
}

/** A private JWK (Ed25519 or RSA, with its private member `d`). */
async function readPrivateKey(context: Context, argument: string): Promise<Record<string, unknown>> {
  const jwk = await readJsonArgument(context.io, context.t, argument);
  const key = (typeof jwk === 'object' && jwk !== null ? jwk : {}) as Record<string, unknown>;
  const usable = (key.kty === 'OKP' && key.crv === 'Ed25519') || key.kty === 'RSA';
  if (!usable || typeof key.d !== 'string') throw checkFailure(context.t.notPrivateKey(argument));
  return key;
}

function explain(evaluation: Evaluation, lang: Language, t: Messages): string {
  const lines = [
    t.evaluationHeading(
      evaluation.person.name,
      evaluation.schemeId,
      evaluation.schemeVersion,
      evaluation.asOf,
    ),
  ];
  const { verified, refused } = evaluation.results;
  lines.push(t.resultsSummary(verified.length, refused.length));
  for (const result of refused)
    lines.push(
      `  ✗ scenarioResults[${result.index}] ${result.packId}@${result.packVersion} ${result.scenarioId}: ${localize(result.message, lang)}`,
    );
  for (const decision of Object.values(evaluation.kinds)) {
    if (decision === undefined) continue;
    lines.push(
      '',
      `${decision.eligible ? '✓' : '✗'} ${localize(decision.title, lang)} — ${decision.eligible ? t.eligible : t.notEligible}`,
    );
    for (const criterion of decision.criteria) {
      lines.push(`    ${criterion.met ? '✓' : '✗'} ${criterion.label[lang]}`);
      if (!criterion.met && criterion.missing !== undefined)
        lines.push(`        ${t.missingLabel}: ${criterion.missing[lang]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `ruta certify`: evaluates a trainee record under a certification scheme (scenario results replayed
 * against the packs), explains every criterion and writes a signed credential JWT per kind earned.
 */
export const certifyCommand: Command = {
  name: 'certify',
  options: {
    scheme: { type: 'string' },
    record: { type: 'string' },
    key: { type: 'string' },
    issuer: { type: 'string' },
    packs: { type: 'string', variadic: true },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(line, context) {
    const { io, lang, t } = context;
    positionals(line, [], t);
    const schemeArgument = requiredOption(line, 'scheme', t);
    const recordArgument = requiredOption(line, 'record', t);
    const keyArgument = requiredOption(line, 'key', t);
    const issuerArgument = requiredOption(line, 'issuer', t);
    const asOf = stringOption(line, 'as-of') ?? io.now().toISOString().slice(0, 10);
    if (!isoDate.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)))
      throw usageError(t.badDate('--as-of', asOf));
    const outDir = resolve(io.cwd, stringOption(line, 'out') ?? '.');
    const outKind = fileKind(outDir);
    if (outKind !== 'directory' && outKind !== 'missing')
      throw usageError(t.notADirectory(stringOption(line, 'out') ?? '.'));

    const scheme = await readScheme(context, schemeArgument);
    const parsedRecord = parseRecord(await readJsonArgument(io, t, recordArgument));
    if (!parsedRecord.ok)
      throw checkFailure(
        t.invalidDocument(recordArgument, parsedRecord.issues.length),
        parsedRecord.issues.map(issueLine),
      );
    const record = parsedRecord.value;
    const privateKey = await readPrivateKey(context, keyArgument);
    const issuer = await readIssuer(context, issuerArgument);

    const packArguments = listOption(line, 'packs');
    const packFiles = packArguments.length > 0 ? packArguments : shippedPackFiles(io);
    if (packFiles.length === 0 && record.scenarioResults.length > 0) throw usageError(t.packsNeeded);
    const packs: Pack[] = packFiles.map((file) => loadPack(io, t, file, lang));

    let evaluation: Evaluation;
    try {
      evaluation = evaluate(scheme, record, { packs, asOf });
    } catch (error) {
      if (error instanceof CertificationError)
        throw checkFailure(t.cannotEvaluate, error.issues.map(issueLine));
      throw error;
    }

    const json = flag(line, 'json');
    // The decision is explained first, whatever happens to the files afterwards.
    if (!json) io.out(`${explain(evaluation, lang, t)}\n`);
    const earned = Object.values(evaluation.kinds).filter((decision) => decision?.eligible === true);
    const fileOf = (kind: string) => join(outDir, `${record.person.id}-${kind}.jwt`);
    if (!flag(line, 'force'))
      for (const decision of earned)
        if (decision && existsSync(fileOf(decision.kind)))
          throw checkFailure(t.wouldOverwrite(fileOf(decision.kind)));

    // The folder of the credentials is created when missing, and only when there is something to write.
    if (earned.length > 0) ensureDirectory(outDir, stringOption(line, 'out') ?? '.', t);
    const issued: { kind: string; file: string; credentialId: string }[] = [];
    const problems: string[] = [];
    for (const decision of earned) {
      if (decision === undefined) continue;
      let outcome: Awaited<ReturnType<typeof issueCredential>>;
      try {
        outcome = await issueCredential({
          scheme,
          evaluation,
          kind: decision.kind,
          issuer,
          lang,
          privateKey: privateKey as Parameters<typeof issueCredential>[0]['privateKey'],
        });
      } catch (error) {
        // jose refuses a key it cannot import (a damaged JWK): say so, about the key file.
        throw checkFailure(t.cannotSign(keyArgument, error instanceof Error ? error.message : String(error)));
      }
      if (!outcome.ok) {
        problems.push(...outcome.issues.map((issue) => `${decision.kind}: ${issueLine(issue)}`));
        continue;
      }
      const file = fileOf(decision.kind);
      try {
        writeFileSync(file, `${outcome.jwt}\n`);
      } catch (error) {
        throw checkFailure(t.cannotWrite(file, (error as { code?: string }).code ?? String(error)));
      }
      issued.push({ kind: decision.kind, file, credentialId: outcome.credential.id });
      if (!json) io.out(`${t.credentialWritten(decision.kind, file)}\n`);
    }
    if (json) printJson(io, { evaluation, issued, problems });
    else if (issued.length === 0) io.out(`${t.nothingIssued}\n`);
    if (problems.length > 0) throw checkFailure(t.cannotIssue, problems);
    return issued.length > 0 ? 0 : 1;
  },
};
