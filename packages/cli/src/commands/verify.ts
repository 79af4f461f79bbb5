import { type RevocationList, type TrustedIssuer, verifyCredential } from '@ruta/certification/verify';
import { localize } from '@ruta/curriculum';
import { type Command, printJson } from '../command';
import { checkFailure, usageError } from '../failures';
import { readJsonArgument, readTextArgument } from '../files';
import { flag, listOption, positionals, stringOption } from '../options';

/**
 * `ruta verify <credential.jwt> --trust <public.jwk...>`: offline verification of a Ruta credential —
 * form, issuer, signature, revocation lists and validity at the given moment.
 */
export const verifyCommand: Command = {
  name: 'verify',
  options: {
    trust: { type: 'string', variadic: true },
    revocations: { type: 'string', variadic: true },
    at: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(line, { io, lang, t }) {
    const [credentialArgument] = positionals(line, [t.argCredential], t) as [string];
    const trustArguments = listOption(line, 'trust');
    if (trustArguments.length === 0) throw usageError(t.missingOption('--trust'));
    const at = stringOption(line, 'at');
    const now = at === undefined ? io.now() : new Date(at);
    if (Number.isNaN(now.getTime())) throw usageError(t.badDate('--at', at ?? ''));

    const jwt = (await readTextArgument(io, t, credentialArgument)).trim();
    const trustedIssuers: TrustedIssuer[] = [];
    for (const file of trustArguments) {
      const document = await readJsonArgument(io, t, file);
      const keys =
        typeof document === 'object' &&
        document !== null &&
        Array.isArray((document as { keys?: unknown }).keys)
          ? ((document as { keys: unknown[] }).keys as unknown[])
          : [document];
      for (const key of keys) {
        if (typeof key !== 'object' || key === null || typeof (key as { kty?: unknown }).kty !== 'string')
          throw checkFailure(t.notPublicKey(file));
        trustedIssuers.push(key as TrustedIssuer);
      }
    }
    // A revocation list: a plain JSON document or a signed JWS; the verifier checks either (and fails closed).
    const revocations: (string | RevocationList)[] = [];
    for (const file of listOption(line, 'revocations')) {
      const text = (await readTextArgument(io, t, file)).trim();
      revocations.push(
        text.startsWith('{') ? ((await readJsonArgument(io, t, file)) as RevocationList) : text,
      );
    }

    const verification = await verifyCredential(jwt, {
      trustedIssuers,
      revocations,
      now,
    });
    if (flag(line, 'json')) {
      printJson(io, verification);
      return verification.ok ? 0 : 1;
    }
    if (!verification.ok) {
      io.err(`ruta: ${t.credentialInvalid(localize(verification.message, lang), verification.reason)}\n`);
      if (verification.detail) io.err(`  ${verification.detail}\n`);
      return 1;
    }
    const credential = verification.credential;
    const subject = credential.credentialSubject;
    const holder =
      subject.identifier?.find((identity) => identity.identityType === 'name' && !identity.hashed)
        ?.identityHash ??
      subject.id ??
      t.holderHashed;
    io.out(
      `${[
        t.credentialValid,
        `  ${t.holderLabel}: ${holder}`,
        `  ${t.achievementLabel}: ${subject.achievement.name}`,
        `  ${t.issuerLabel}: ${verification.issuer.name} (${verification.issuer.id})`,
        `  ${t.validityLabel}: ${credential.validFrom} → ${credential.validUntil ?? t.noExpiry}`,
        `  ${t.credentialIdLabel}: ${credential.id}`,
        `  ${t.signatureLabel}: ${verification.algorithm}, ${verification.keyId}`,
      ].join('\n')}\n`,
    );
    return 0;
  },
};
