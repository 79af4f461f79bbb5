import type { Attendance, Cohort } from '../src/index';

/** A small, valid first edition of the regional program: two modules, three sessions, three participants. */
export function firstEdition(): Cohort {
  return {
    id: 'rcm-2027-edition-1',
    programId: 'rcm-regional-trafficking-program',
    edition: 1,
    start: '2027-03-01',
    end: '2027-03-12',
    venue: { name: 'Oficina de la OIM en El Salvador', city: 'San Salvador', country: 'SV' },
    modules: ['M1', 'M9'],
    sessions: [
      { id: 'm1-day-1', moduleId: 'M1', date: '2027-03-01', hours: 6, facilitatorIds: ['ana-morales'] },
      { id: 'm1-day-2', moduleId: 'M1', date: '2027-03-02', hours: 6, facilitatorIds: ['ana-morales'] },
      {
        id: 'm9-day-1',
        moduleId: 'M9',
        date: '2027-03-03',
        hours: 8,
        facilitatorIds: ['luis-herrera'],
      },
    ],
    facilitators: [
      {
        id: 'ana-morales',
        name: 'Ana Morales',
        expertise: ['prevention', 'prosecution'],
        country: 'GT',
        contributedByMemberCountry: true,
      },
      {
        id: 'luis-herrera',
        name: 'Luis Herrera',
        expertise: ['protection'],
        country: 'SV',
        contributedByMemberCountry: false,
      },
    ],
    participants: [
      {
        id: 'carla-reyes',
        name: 'Carla Reyes',
        country: 'HN',
        institution: 'Instituto Nacional de Migración',
        sector: 'government',
        role: 'migration-officer',
      },
      {
        id: 'jean-tremblay',
        name: 'Jean Tremblay',
        country: 'CA',
        institution: 'Refuge pour personnes migrantes',
        sector: 'civil-society',
        role: 'ngo-caseworker',
      },
      {
        id: 'maria-lopez',
        name: 'María López',
        country: 'MX',
        institution: 'Fiscalía General de la República',
        sector: 'government',
        role: 'prosecutor',
      },
    ],
    contributions: [
      {
        id: 'guatemala-expert',
        kind: 'technical',
        country: 'GT',
        support: 'experts',
        description: {
          es: 'Una experta en persecución penal de la trata',
          en: 'An expert in trafficking prosecution',
          fr: 'Une experte des poursuites en matière de traite',
        },
        facilitatorIds: ['ana-morales'],
      },
      { id: 'canada-funds', kind: 'financial', country: 'CA', amount: 15000, currency: 'CAD' },
    ],
  };
}

/**
 * Its attendance sheet, worked by hand. The cohort schedules 6 + 6 + 8 = 20 hours.
 * carla-reyes: 6 + 6 + 8 = 20 h → 1; jean-tremblay: 6 + absent + 5 = 11 h → 0.55;
 * maria-lopez: excused + 6 + no record = 6 h → 0.3.
 */
export function firstEditionAttendance(): Attendance {
  return {
    cohortId: 'rcm-2027-edition-1',
    records: [
      { sessionId: 'm1-day-1', participantId: 'carla-reyes', status: 'present', hoursAttended: 6 },
      { sessionId: 'm1-day-2', participantId: 'carla-reyes', status: 'present', hoursAttended: 6 },
      { sessionId: 'm9-day-1', participantId: 'carla-reyes', status: 'present', hoursAttended: 8 },
      { sessionId: 'm1-day-1', participantId: 'jean-tremblay', status: 'present', hoursAttended: 6 },
      { sessionId: 'm1-day-2', participantId: 'jean-tremblay', status: 'absent', hoursAttended: 0 },
      { sessionId: 'm9-day-1', participantId: 'jean-tremblay', status: 'present', hoursAttended: 5 },
      { sessionId: 'm1-day-1', participantId: 'maria-lopez', status: 'excused', hoursAttended: 0 },
      { sessionId: 'm1-day-2', participantId: 'maria-lopez', status: 'present', hoursAttended: 6 },
    ],
  };
}
