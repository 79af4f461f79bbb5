import {
  type Country,
  countryNames,
  type Language,
  languageNames,
  localize,
  type ModuleId,
  type Role,
  roleNames,
  type Text,
} from '@ruta/curriculum';
import type { Stage } from '@ruta/scenario-engine';
import { useIntl } from 'react-intl';
import type { LabMessageId } from './messages';

type Values = Record<string, string | number>;

/** The lab's formatter and the names it shows (roles, countries, stages, languages) in the interface language. */
export function useL() {
  const intl = useIntl();
  const lang = intl.locale as Language;
  return {
    lang,
    t: (id: LabMessageId, values?: Values) => intl.formatMessage({ id }, values),
    text: (text: Text) => localize(text, lang),
    role: (role: Role) => localize(roleNames[role], lang),
    country: (code: string) =>
      code === 'RCM'
        ? intl.formatMessage({ id: 'lab.library.regional' })
        : (countryNames[code as Country]?.[lang] ?? code),
    stage: (stage: Stage) => intl.formatMessage({ id: `lab.stage.${stage}` }),
    language: (code: Language) => languageNames[lang][code],
    module: (id: ModuleId) => id,
    percent: (value: number | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }),
    date: (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }),
  };
}
