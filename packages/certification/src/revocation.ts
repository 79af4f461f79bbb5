import { z } from 'zod';
import { credentialIdPattern } from './open-badge';

/**
 * A revocation list: the credentials an issuer has withdrawn (a certificate issued in error, or obtained
 * with results later found forged). Offline verifiers load the newest list they have.
 *
 * It travels in one of two forms:
 * - **plain**: this JSON document as is. The verifier trusts it as much as the channel it came through
 *   (e.g. the list a ministry publishes on its own site or hands over on paper).
 * - **signed**: a compact JWS (`typ: "ruta-revocations+jwt"`, EdDSA or RS256) whose payload is this
 *   document plus `iss` (= `issuer`) and `iat`, signed with the issuer's credential key
 *   (`signRevocationList`). A verifier checks it against the same trusted keys as the credentials.
 *
 * A list only ever revokes credentials of its own issuer (`issuer` = the credential's `issuer.id`).
 */
export const RevocationList = z.strictObject({
  format: z.literal('ruta.revocations/1'),
  /** The issuer's id, exactly as in its credentials' `issuer.id`. */
  issuer: z.string().trim().min(1, 'must name the issuer'),
  /** When the list was issued. */
  issued: z.iso.datetime({ offset: true, error: () => 'must be a date-time with a time zone' }),
  /** The ids (`urn:uuid:…`) of the withdrawn credentials. */
  credentialIds: z.array(
    z.string().regex(credentialIdPattern, 'must be a credential id: urn:uuid: followed by a lowercase UUID'),
  ),
});
export type RevocationList = z.infer<typeof RevocationList>;

/** The JWS header type of a signed revocation list. */
export const revocationListJwtType = 'ruta-revocations+jwt';
