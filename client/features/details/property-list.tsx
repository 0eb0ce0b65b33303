// A node's stored properties as a definition list; lists joined, long text left to evidence.
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';

// Shown elsewhere (title, agenda header) or internal.
const SKIP = new Set(['id', 'name', 'label', 'text', 'nameKey', 'dateEvidence', 'dateInferred', 'datePrecision', 'docId', 'year']);

const show = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);

export function PropertyList({ properties, years }: { properties: Record<string, unknown>; years: number[] }) {
  const t = useT();
  const entries = Object.entries(properties).filter(([key, value]) => !SKIP.has(key) && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));
  return (
    <details open className="properties">
      <summary>{t('properties')}</summary>
      <dl>
        {years.length > 0 && (
          <>
            <dt>{t('years')}</dt>
            <dd>{years.join(', ')}</dd>
          </>
        )}
        {entries.map(([key, value]) => (
          <div key={key} className="prop">
            <dt>{t(`prop.${key}` as MessageKey) ?? key}</dt>
            <dd>{typeof value === 'boolean' ? t(value ? 'yes' : 'no') : show(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
