import { type CredentialVerification, verifyCredential } from '@ruta/certification/verify';
import { CertificateCard, VerificationResult } from '@ruta/ui';
import { useId, useState } from 'react';
import { useL } from '../i18n';
import '../records/records.css';
import {
  type KeyProblem,
  loadUserKeys,
  parseUserKey,
  programIssuers,
  saveUserKeys,
  type UserKey,
} from '../records/local';

/** The holder's name as the credential states it (an unhashed `name` identifier), when it does. */
function holderOf(credential: unknown): string | undefined {
  const subject = (credential as { credentialSubject?: { identifier?: unknown; name?: unknown } })
    .credentialSubject;
  if (typeof subject?.name === 'string') return subject.name;
  if (!Array.isArray(subject?.identifier)) return undefined;
  const named = subject.identifier.find(
    (i) => i?.identityType === 'name' && i?.hashed === false && typeof i?.identityHash === 'string',
  );
  return named?.identityHash;
}

/**
 * Verifies a certificate offline (`@ruta/certification/verify`: signature with a trusted public key, form,
 * validity period) against the program's issuers of `ruta.config.ts` and the keys added on this device.
 * This page's chunk is loaded only when it is opened: no verification code (and never signing code) is in
 * the first load.
 */
export default function VerifyPage() {
  const l = useL();
  const ids = useId();
  const [jwt, setJwt] = useState('');
  const [result, setResult] = useState<CredentialVerification>();
  const [empty, setEmpty] = useState(false);
  const [userKeys, setUserKeys] = useState<UserKey[]>(loadUserKeys);
  const [issuerId, setIssuerId] = useState('');
  const [keyText, setKeyText] = useState('');
  const [keyProblem, setKeyProblem] = useState<KeyProblem>();
  const [keyAdded, setKeyAdded] = useState(false);

  const verify = async (text: string) => {
    const token = text.trim();
    setResult(undefined);
    setEmpty(token === '');
    if (token === '') return;
    const trusted = [...programIssuers, ...userKeys].map(({ issuerId, jwk }) => ({ issuerId, jwk }));
    setResult(await verifyCredential(token, { trustedIssuers: trusted, now: new Date() }));
  };

  const addKey = () => {
    const parsed = parseUserKey(keyText, issuerId);
    setKeyAdded(false);
    if (!parsed.ok) {
      setKeyProblem(parsed.problem);
      return;
    }
    setKeyProblem(undefined);
    const next = [
      ...userKeys.filter((k) => JSON.stringify(k.jwk) !== JSON.stringify(parsed.key.jwk)),
      parsed.key,
    ];
    setUserKeys(next);
    saveUserKeys(next);
    setKeyText('');
    setIssuerId('');
    setKeyAdded(true);
  };

  const removeKey = (key: UserKey) => {
    const next = userKeys.filter((k) => k !== key);
    setUserKeys(next);
    saveUserKeys(next);
  };

  const holder = result?.ok ? holderOf(result.credential) : undefined;
  const validUntil = result?.ok ? (result.credential as { validUntil?: string }).validUntil : undefined;
  const validFrom = result?.ok ? (result.credential as { validFrom?: string }).validFrom : undefined;

  return (
    <section className="lab-page lab-verify">
      <h1>{l.t('lab.verify.title')}</h1>
      <p>{l.t('lab.verify.intro')}</p>
      <form
        className="lab-form"
        onSubmit={(event) => {
          event.preventDefault();
          void verify(jwt);
        }}
      >
        <label htmlFor={`${ids}-jwt`}>{l.t('lab.verify.credential')}</label>
        <textarea
          id={`${ids}-jwt`}
          rows={5}
          spellCheck={false}
          value={jwt}
          onChange={(e) => setJwt(e.target.value)}
        />
        <label htmlFor={`${ids}-file`}>{l.t('lab.verify.open')}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".jwt,.txt,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const text = (await file.text()).trim();
            setJwt(text);
            await verify(text);
          }}
        />
        <button type="submit" className="lab-primary">
          {l.t('lab.verify.check')}
        </button>
      </form>
      <div aria-live="polite" className="lab-verify-result">
        {empty && <p>{l.t('lab.verify.empty')}</p>}
        {result && <VerificationResult result={result} />}
        {result?.ok && (
          <>
            <dl className="lab-facts">
              <div>
                <dt>{l.t('lab.verify.holder')}</dt>
                <dd>{holder ?? '—'}</dd>
              </div>
              <div>
                <dt>{l.t('lab.verify.issued')}</dt>
                <dd>{validFrom ? l.date(validFrom) : '—'}</dd>
              </div>
              <div>
                <dt>{l.t('lab.verify.until')}</dt>
                <dd>{validUntil ? l.date(validUntil) : l.t('lab.verify.noExpiry')}</dd>
              </div>
            </dl>
            <CertificateCard
              credential={result.credential as Parameters<typeof CertificateCard>[0]['credential']}
            />
          </>
        )}
      </div>
      <section aria-labelledby={`${ids}-issuers`}>
        <h2 id={`${ids}-issuers`}>{l.t('lab.verify.issuers')}</h2>
        {programIssuers.length + userKeys.length === 0 ? (
          <p>{l.t('lab.verify.noIssuers')}</p>
        ) : (
          <ul className="lab-keys">
            {programIssuers.map((k) => (
              <li key={`p-${k.issuerId}-${k.label}`}>
                {k.label} · <code>{k.issuerId}</code> ({l.t('lab.verify.program')})
              </li>
            ))}
            {userKeys.map((k) => (
              <li key={`u-${k.issuerId}-${k.label}`}>
                <code>{k.issuerId}</code> · <code>{k.label}</code> ({l.t('lab.verify.added')}){' '}
                <button type="button" onClick={() => removeKey(k)}>
                  {l.t('lab.verify.remove', { label: k.label })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="lab-form"
          onSubmit={(event) => {
            event.preventDefault();
            addKey();
          }}
        >
          <fieldset>
            <legend>{l.t('lab.verify.addKey')}</legend>
            <label htmlFor={`${ids}-issuer`}>{l.t('lab.verify.issuerId')}</label>
            <input id={`${ids}-issuer`} value={issuerId} onChange={(e) => setIssuerId(e.target.value)} />
            <label htmlFor={`${ids}-key`}>{l.t('lab.verify.jwk')}</label>
            <textarea
              id={`${ids}-key`}
              rows={3}
              spellCheck={false}
              value={keyText}
              aria-invalid={keyProblem !== undefined || undefined}
              aria-describedby={keyProblem ? `${ids}-key-problem` : undefined}
              onChange={(e) => setKeyText(e.target.value)}
            />
            {keyProblem && (
              <p id={`${ids}-key-problem`} className="lab-problem">
                {l.t(`lab.verify.problem.${keyProblem}`)}
              </p>
            )}
            <button type="submit">{l.t('lab.verify.add')}</button>
            <p role="status">{keyAdded ? l.t('lab.verify.keyAdded') : ''}</p>
          </fieldset>
        </form>
      </section>
    </section>
  );
}
