import { type CompetencyId, defaultCaseBaseUri, type Level, regionalFramework } from '@ruta/competencies';
import { academicCredits, localize, regionalProgram, roleIds, totalHours } from '@ruta/curriculum';
import { stages } from '@ruta/scenario-engine';
import type { CertificationScheme, RequiredLevels, ScenarioPerformance } from './scheme';

/**
 * The competencies each role profile of the regional framework marks `essential`, at `level` (or at the
 * profile's own level when that is lower). This is how the regional scheme states the "required
 * competency levels per role": awareness (1) of the essentials to complete the course, practitioner (2)
 * to train others.
 */
export function essentialCompetencies(level: Level): RequiredLevels {
  const required: RequiredLevels = {};
  for (const role of roleIds) {
    const profile = regionalFramework.roleProfiles.find((candidate) => candidate.role === role);
    if (!profile) continue;
    const levels: Partial<Record<CompetencyId, Level>> = {};
    for (const requirement of profile.requirements)
      if (requirement.importance === 'essential')
        levels[requirement.competency as CompetencyId] = Math.min(level, requirement.level) as Level;
    required[role] = levels;
  }
  return required;
}

const recentPerformance: ScenarioPerformance = {
  windowDays: 180,
  areaThresholds: { prevention: 0.7, protection: 0.7, prosecution: 0.7 },
  requiredStages: [...stages],
  forbidHarmful: true,
};

const courseHours = totalHours(regionalProgram);
const courseCredits = academicCredits(regionalProgram);
/** One unit of credit per this many contact hours (the program's accreditation rule). */
const hoursPerCredit = regionalProgram.accreditation.creditsPerHours.hours;

/**
 * The regional certification scheme of the RCM training program (the seed: "la acreditación académica
 * correspondiente a la duración del curso"). Course hours and credits come from the curriculum's regional
 * program (100 contact hours, 5 UV at 1 UV per 20 hours); the thresholds, windows and validity periods
 * are this library's proposal for the program office to adopt or amend.
 */
export const regionalScheme: CertificationScheme = {
  format: 'ruta.certification-scheme/1',
  id: 'rcm-regional-certification',
  version: '1.0.0',
  country: 'RCM',
  title: {
    es: 'Esquema regional de certificación del Programa de Capacitación sobre Trata de Personas',
    en: 'Regional certification scheme of the Training Program on Trafficking in Persons',
    fr: 'Schéma régional de certification du Programme de formation sur la traite des personnes',
  },
  description: {
    es: 'Reglas con que la Conferencia Regional sobre Migración certifica la participación, la aprobación, la formación de multiplicadores y la renovación, con resultados de escenarios verificados por reproducción.',
    en: 'The rules by which the Regional Conference on Migration certifies participation, completion, trainers and renewal, on scenario results verified by replay.',
    fr: 'Les règles par lesquelles la Conférence régionale sur les migrations certifie la participation, la réussite, les formateurs et le renouvellement, sur des résultats de scénarios vérifiés par rejeu.',
  },
  competencyFramework: {
    name: localize(regionalFramework.title, 'en'),
    url: defaultCaseBaseUri,
  },
  kinds: {
    participation: {
      title: {
        es: 'Certificado de participación',
        en: 'Certificate of participation',
        fr: 'Certificat de participation',
      },
      description: {
        es: 'Acredita la asistencia a una cohorte del Programa Regional de Capacitación sobre Trata de Personas.',
        en: 'Attests attendance at a cohort of the Regional Training Program on Trafficking in Persons.',
        fr: 'Atteste la présence à une cohorte du Programme régional de formation sur la traite des personnes.',
      },
      achievementType: 'Certificate',
      validityMonths: null,
      academicHours: courseHours,
      credits: 0,
      requiredLevels: {},
      minAttendance: 0.75,
    },
    completion: {
      title: {
        es: 'Certificado de aprobación',
        en: 'Certificate of completion',
        fr: 'Certificat de réussite',
      },
      description: {
        es: 'Acredita que la persona asistió al curso, cursó todos sus módulos y demostró, en escenarios verificados, que identifica, deriva, protege y apoya la persecución penal sin causar daño.',
        en: 'Attests that the holder attended the course, covered all its modules and showed, in verified scenarios, that they identify, refer, protect and support prosecution without doing harm.',
        fr: "Atteste que la personne a suivi le cours et tous ses modules et a montré, dans des scénarios vérifiés, qu'elle sait identifier, orienter, protéger et soutenir les poursuites sans nuire.",
      },
      achievementType: 'CertificateOfCompletion',
      validityMonths: 24,
      academicHours: courseHours,
      credits: courseCredits,
      requiredLevels: essentialCompetencies(1),
      minAttendance: 0.9,
      performance: recentPerformance,
    },
    trainer: {
      title: {
        es: 'Certificado de multiplicador/a',
        en: 'Trainer certificate (multiplicador)',
        fr: 'Certificat de formateur démultiplicateur',
      },
      description: {
        es: 'Acredita que la persona aprobó el curso y lo replicó con colegas de su institución y su país, como prevé el programa.',
        en: 'Attests that the holder completed the course and replicated it with colleagues in their institution and country, as the program intends.',
        fr: "Atteste que la personne a réussi le cours et l'a démultiplié auprès de collègues de son institution et de son pays, comme le prévoit le programme.",
      },
      achievementType: 'Certification',
      validityMonths: 24,
      academicHours: courseHours + hoursPerCredit,
      credits: courseCredits + 1,
      requiredLevels: essentialCompetencies(2),
      minColleagues: 10,
      minSessions: 2,
      replicationWindowMonths: 12,
    },
    renewal: {
      title: {
        es: 'Renovación de certificado',
        en: 'Certificate renewal',
        fr: 'Renouvellement de certificat',
      },
      description: {
        es: 'Renueva un certificado de aprobación o de multiplicador vencido con resultados recientes y verificados, para mantener actualizado el grupo de personal capacitado pese a la rotación.',
        en: 'Renews an expired completion or trainer certificate on recent verified results, keeping the pool of trained staff current despite staff rotation.',
        fr: 'Renouvelle un certificat de réussite ou de formateur expiré sur des résultats récents et vérifiés, pour maintenir à jour le vivier de personnel formé malgré la rotation.',
      },
      achievementType: 'Certificate',
      validityMonths: 24,
      academicHours: hoursPerCredit,
      credits: 1,
      requiredLevels: essentialCompetencies(1),
      renews: ['completion', 'trainer'],
      graceMonths: 24,
      minRecentResults: 4,
      performance: recentPerformance,
    },
  },
};
