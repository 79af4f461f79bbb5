import { useIntl } from 'react-intl';
import type { MessageId } from './messages';

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** The UI catalogue's formatter, typed by message id. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}

/** Formats a share (0..1) as a whole percentage in the interface language. */
export function usePercent(): (value: number | null | undefined) => string {
  const intl = useIntl();
  return (value) =>
    value === null || value === undefined
      ? '—'
      : intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
}
