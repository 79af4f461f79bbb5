import { analyzePack } from '@ruta/scenario-engine/analysis';
import {
  CertificateCard,
  CompetencyProfile,
  CurriculumMap,
  PackImportPanel,
  useLang,
  VerificationResult,
} from '@ruta/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brokenPackIssues, packs, sv } from './fixtures';

const meta = { title: 'Program/Views' } satisfies Meta;
export default meta;

export const CurriculumMapSpanish: StoryObj = { render: () => <CurriculumMap /> };
export const CurriculumMapEnglish: StoryObj = {
  render: () => <CurriculumMap />,
  parameters: { ruta: { lang: 'en' } },
};
export const CurriculumMapFrench: StoryObj = {
  render: () => <CurriculumMap />,
  parameters: { ruta: { lang: 'fr' } },
};

/** A trainee's progress per module beside the map. */
export const CurriculumMapWithProgress: StoryObj = {
  render: () => <CurriculumMap progress={{ M1: 1, M2: 1, M3: 0.5, M4: 0.2, M5: 0 }} />,
};

/** The role the profiles compare against (a variable: a string literal would read as an ARIA role). */
const migrationOfficer = 'migration-officer' as const;

const levels = {
  'recognise-indicators': 2,
  'distinguish-smuggling': 1,
  'apply-trafficking-definition': 2,
  'refer-to-services': 1,
  'trauma-informed-interviewing': 1,
  'risk-assessment': 2,
} as const;

/** A migration officer's levels against the role: gaps, modules, and scenarios to play next. */
export const CompetencyProfileWithGaps: StoryObj = {
  render: () => <CompetencyProfile levels={levels} role={migrationOfficer} packs={packs} onPlay={() => {}} />,
};

export const CompetencyProfileEnglish: StoryObj = {
  ...CompetencyProfileWithGaps,
  parameters: { ruta: { lang: 'en' } },
};

export const CompetencyProfileAllMet: StoryObj = {
  render: () => (
    <CompetencyProfile
      levels={{
        'recognise-indicators': 3,
        'distinguish-smuggling': 3,
        'apply-trafficking-definition': 3,
        'refer-to-services': 3,
        'apply-non-punishment': 3,
        'age-assessment': 3,
        'child-protection': 3,
        'work-with-interpreters': 3,
        'confidentiality-data-protection': 3,
        'trauma-informed-interviewing': 3,
        'risk-assessment': 3,
        'multi-agency-cooperation': 3,
        'transnational-cooperation': 3,
        'human-rights-based-approach': 3,
        'trend-analysis': 3,
      }}
      role={migrationOfficer}
    />
  ),
};

const credential = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:6f1c2a9e-3b7d-5e1f-9a2c-4d8e7f6a5b3c',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: {
    id: 'https://ruta.example.org/issuers/oim-el-salvador',
    type: ['Profile'],
    name: 'OIM El Salvador',
  },
  validFrom: '2026-11-20T00:00:00Z',
  validUntil: '2029-11-20T00:00:00Z',
  name: 'Certificado del Programa Regional de Capacitación sobre Trata de Personas',
  credentialSubject: {
    type: ['AchievementSubject'],
    identifier: [
      { type: 'IdentityObject', hashed: true, identityHash: 'sha256$0f3a…', identityType: 'identifier' },
    ],
    achievement: {
      id: 'https://ruta.example.org/achievements/regional-program',
      type: ['Achievement'],
      name: 'Programa Regional de Capacitación sobre Trata de Personas',
      description:
        'Completó los nueve módulos (100 horas presenciales) y los escenarios de identificación, derivación, albergue y persecución penal.',
      criteria: { narrative: 'Asistencia ≥ 80 %, escenarios verificados y una sesión de réplica.' },
      humanCode: 'RCM-TdP-2026',
      inLanguage: 'es',
    },
    creditsEarned: 5,
  },
} as const;

export const Certificate: StoryObj = { render: () => <CertificateCard credential={credential} /> };

export const VerificationValid: StoryObj = {
  render: () => (
    <VerificationResult
      result={{
        ok: true,
        credential,
        issuer: credential.issuer,
        issuerChecked: true,
        algorithm: 'EdDSA',
        keyId: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
      }}
    />
  ),
};

export const VerificationAltered: StoryObj = {
  render: () => (
    <VerificationResult
      result={{
        ok: false,
        reason: 'bad-signature',
        message: {
          es: 'La firma no corresponde al contenido: el certificado fue alterado después de emitirse.',
          en: 'The signature does not match the content: the certificate was altered after it was issued.',
          fr: 'La signature ne correspond pas au contenu : le certificat a été modifié après son émission.',
        },
      }}
    />
  ),
};

export const VerificationExpiredEnglish: StoryObj = {
  render: () => (
    <VerificationResult
      result={{
        ok: false,
        reason: 'expired',
        message: {
          es: 'El certificado venció el 20 de noviembre de 2029.',
          en: 'The certificate expired on 20 November 2029.',
          fr: 'Le certificat a expiré le 20 novembre 2029.',
        },
        detail: 'validUntil 2029-11-20T00:00:00Z',
      }}
    />
  ),
  parameters: { ruta: { lang: 'en' } },
};

/** The broken pack validated in the user's language, as an app does before it shows the panel. */
function BrokenPackImport() {
  const [lang] = useLang();
  return <PackImportPanel issues={brokenPackIssues(lang)} packName="rcm-regional" />;
}

/** A pack with mistakes: each issue `validatePack` found, its message in the user's language, with its path. */
export const PackImportWithErrors: StoryObj = { render: () => <BrokenPackImport /> };

export const PackImportWithErrorsEnglish: StoryObj = {
  ...PackImportWithErrors,
  parameters: { ruta: { lang: 'en' } },
};

export const PackImportWithErrorsFrench: StoryObj = {
  ...PackImportWithErrors,
  parameters: { ruta: { lang: 'fr' } },
};

/** A valid pack: the static checks (analysis) find nothing that blocks play. */
export const PackImportValid: StoryObj = {
  render: () => {
    const report = analyzePack(sv, { lang: 'es' });
    return <PackImportPanel issues={report.errors} packName={sv.id} />;
  },
};
