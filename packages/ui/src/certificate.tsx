import { useId } from 'react';
import { useIntl } from 'react-intl';
import { pickText } from './pack-text';
import { useLang } from './settings';
import { useT } from './t';

type Message = Partial<Record<'es' | 'en' | 'fr', string>>;

/**
 * What the card reads of a credential: an `OpenBadgeCredential` from `@ruta/certification` (built or
 * received and verified) fits.
 */
export interface CertificateLike {
  id: string;
  name?: string;
  issuer: string | { id: string; name?: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    achievement: { name: string; description: string; humanCode?: string; inLanguage?: string };
    creditsEarned?: number;
  };
}

/** What the panel reads of `verifyCredential`'s result (`CredentialVerification` fits). */
export type VerificationLike =
  | {
      ok: true;
      credential: { name?: string };
      issuer: { id: string; name?: string };
      algorithm: string;
      keyId: string;
      /** False when the issuer's name is the credential's own claim (`issuerNotice` says so). */
      issuerChecked?: boolean;
      issuerNotice?: Message;
    }
  | { ok: false; reason: string; message: Message; detail?: string };

const issuerName = (issuer: CertificateLike['issuer']) =>
  typeof issuer === 'string' ? issuer : (issuer.name ?? issuer.id);

export interface CertificateCardProps {
  credential: CertificateLike;
}

/** An Open Badges 3.0 certificate as a card: what was achieved, by whom it was issued, when. */
export function CertificateCard({ credential }: CertificateCardProps) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const subject = credential.credentialSubject;
  const achievement = subject.achievement;
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article className="ruta-panel ruta-certificate" aria-labelledby={headingId}>
      <p className="ruta-muted ruta-small">{t('certificate.kind')}</p>
      <h2 id={headingId} lang={achievement.inLanguage}>
        {achievement.name}
      </h2>
      <p lang={achievement.inLanguage}>{achievement.description}</p>
      <dl className="ruta-figures">
        <div>
          <dt>{t('certificate.issuer')}</dt>
          <dd>{issuerName(credential.issuer)}</dd>
        </div>
        <div>
          <dt>{t('certificate.validFrom')}</dt>
          <dd>{date(credential.validFrom)}</dd>
        </div>
        {credential.validUntil && (
          <div>
            <dt>{t('certificate.validUntil')}</dt>
            <dd>{date(credential.validUntil)}</dd>
          </div>
        )}
        {subject.creditsEarned !== undefined && (
          <div>
            <dt>{t('certificate.credits')}</dt>
            <dd>{subject.creditsEarned}</dd>
          </div>
        )}
        {achievement.humanCode && (
          <div>
            <dt>{t('certificate.code')}</dt>
            <dd>{achievement.humanCode}</dd>
          </div>
        )}
      </dl>
      <p className="ruta-small ruta-muted">
        {t('certificate.id')} <code>{credential.id}</code>
      </p>
    </article>
  );
}

export interface VerificationResultProps {
  result: VerificationLike;
}

/** The outcome of `verifyCredential`: valid (issuer, algorithm, key), or not, with the reason in words. */
export function VerificationResult({ result }: VerificationResultProps) {
  const t = useT();
  const [lang] = useLang();
  if (result.ok) {
    const notice = result.issuerNotice ? pickText(result.issuerNotice, lang) : undefined;
    return (
      <section className="ruta-panel ruta-verification ruta-valid" role="status">
        <h3>
          <span aria-hidden="true">✓ </span>
          {t('verify.valid')}
        </h3>
        <p>
          {t('verify.validDetail', {
            name: result.credential.name ?? '',
            issuer: result.issuer.name ?? result.issuer.id,
          })}
        </p>
        {notice && <p lang={notice.lang}>{notice.value}</p>}
        <p className="ruta-small ruta-muted">
          {t('verify.key', { algorithm: result.algorithm })} <code>{result.keyId}</code>
        </p>
      </section>
    );
  }
  const message = pickText(result.message, lang);
  return (
    <section className="ruta-panel ruta-verification ruta-invalid" role="status">
      <h3>
        <span aria-hidden="true">✗ </span>
        {t('verify.invalid')}
      </h3>
      <p lang={message.lang}>{message.value}</p>
      <p className="ruta-small ruta-muted">
        {t('verify.reason')} <code>{result.reason}</code>
        {result.detail ? ` — ${result.detail}` : ''}
      </p>
    </section>
  );
}
