import {
  maxClockToleranceSeconds,
  type RevocationList,
  type TrustedIssuer,
  VerificationOptionError,
  verifyCredential,
} from '@ruta/certification/verify';
import { type Language, localize } from '@ruta/curriculum';
import { type Command, printJson } from '../command';
import { checkFailure, usageError } from '../failures';
import { readJsonArgument, readTextArgument } from '../files';
import { flag, listOption, positionals, stringOption } from '../options';

/** The messages of the checks on trusted keys and clock tolerance, in the user's language. */
const say = {
  privateKey: {
    es: (file: string) =>
      `«${file}» contiene una clave privada: --trust solo acepta la clave pública del emisor (p. ej. rcm.public.jwk); guarde la privada en secreto`,
    en: (file: string) =>
      `"${file}" holds a private key: --trust only takes the issuer's public key (e.g. rcm.public.jwk); keep the private key secret`,
    fr: (file: string) =>
      `« ${file} » contient une clé privée : --trust n’accepte que la clé publique de l’émetteur (p. ex. rcm.public.jwk) ; gardez la clé privée secrète`,
  },
  badIssuerBinding: {
    es: (file: string) => `«${file}»: {"issuerId", "jwk"} necesita un issuerId (texto) y una clave JWK`,
    en: (file: string) => `"${file}": {"issuerId", "jwk"} needs an issuerId (text) and a JWK`,
    fr: (file: string) => `« ${file} » : {"issuerId", "jwk"} demande un issuerId (texte) et une clé JWK`,
  },
  badTolerance: {
    es: (value: string) =>
      `--clock-tolerance «${value}» debe ser un número de segundos entre 0 y ${maxClockToleranceSeconds}`,
    en: (value: string) =>
      `--clock-tolerance "${value}" must be a number of seconds from 0 to ${maxClockToleranceSeconds}`,
    fr: (value: string) =>
      `--clock-tolerance « ${value} » doit être un nombre de secondes entre 0 et ${maxClockToleranceSeconds}`,
  },
  badOption: {
    es: (detail: string) => `opción de verificación no válida: ${detail}`,
    en: (detail: string) => `unusable verification option: ${detail}`,
    fr: (detail: string) => `option de vérification inutilisable : ${detail}`,
  },
} satisfies Record<string, Record<Language, (value: string) => string>>;

/** The JWK members only a private (or symmetric) key has. */
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** `--clock-tolerance`: a finite number of seconds from 0 to the verifier's maximum; else a usage error. */
function clockTolerance(value: string | undefined, lang: Language): number | undefined {
  if (value === undefined) return undefined;
  const seconds = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > maxClockToleranceSeconds)
    throw usageError(say.badTolerance[lang](value));
  return seconds;
}

/**
 * `ruta verify <credential.jwt> --trust <public.jwk...> [--issuer id]`: offline verification of an Open
 * Badges 3.0 credential — signature, form, issuer, revocation lists and validity at the given moment.
 * A private key given to --trust is a usage error; `--issuer` binds the bare keys to an issuer id (a key
 * file may also be `{"issuerId", "jwk"}`), else the output says the issuer's name was not checked.
 */
export const verifyCommand: Command = {
  name: 'verify',
  options: {
    trust: { type: 'string', variadic: true },
    revocations: { type: 'string', variadic: true },
    issuer: { type: 'string' },
    at: { type: 'string' },
    'clock-tolerance': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(line, { io, lang, t }) {
    const [credentialArgument] = positionals(line, [t.argCredential], t) as [string];
    const trustArguments = listOption(line, 'trust');
    if (trustArguments.length === 0) throw usageError(t.missingOption('--trust'));
    const at = stringOption(line, 'at');
    const now = at === undefined ? io.now() : new Date(at);
    if (Number.isNaN(now.getTime())) throw usageError(t.badDate('--at', at ?? ''));
    const clockToleranceSeconds = clockTolerance(stringOption(line, 'clock-tolerance'), lang);
    const issuerId = stringOption(line, 'issuer');

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
      for (const entry of keys) {
        const bound = typeof entry === 'object' && entry !== null && 'jwk' in entry;
        const key = bound ? (entry as { jwk: unknown }).jwk : entry;
        if (typeof key !== 'object' || key === null || typeof (key as { kty?: unknown }).kty !== 'string')
          throw checkFailure(t.notPublicKey(file));
        if (privateMembers.some((member) => (key as Record<string, unknown>)[member] !== undefined))
          throw usageError(say.privateKey[lang](file));
        const boundTo = bound ? (entry as { issuerId?: unknown }).issuerId : issuerId;
        if (bound && (typeof boundTo !== 'string' || boundTo.trim() === ''))
          throw checkFailure(say.badIssuerBinding[lang](file));
        trustedIssuers.push(
          boundTo === undefined ? (key as TrustedIssuer) : ({ issuerId: boundTo, jwk: key } as TrustedIssuer),
        );
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

    let verification: Awaited<ReturnType<typeof verifyCredential>>;
    try {
      verification = await verifyCredential(jwt, {
        trustedIssuers,
        revocations,
        now,
        ...(clockToleranceSeconds === undefined ? {} : { clockToleranceSeconds }),
      });
    } catch (error) {
      if (error instanceof VerificationOptionError) throw usageError(say.badOption[lang](error.message));
      throw error;
    }
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
        `  ${t.issuerLabel}: ${verification.issuer.name ?? verification.issuer.id} (${verification.issuer.id})`,
        `  ${t.validityLabel}: ${credential.validFrom} → ${credential.validUntil ?? t.noExpiry}`,
        `  ${t.credentialIdLabel}: ${credential.id}`,
        `  ${t.signatureLabel}: ${verification.algorithm}, ${verification.keyId}`,
      ].join('\n')}\n`,
    );
    // A bare trusted key vouches for the signature only: say plainly that the issuer's name was not checked.
    if (verification.issuerNotice !== undefined) io.out(`  ${verification.issuerNotice[lang]}\n`);
    return 0;
  },
};
