// What a view shows while it has no data to draw: idle, loading, empty or error, each with
// a sentence telling the user what to do next.
import type { QueryState } from '../graphql/use-query.js';
import { useT, type MessageKey } from '../i18n/i18n.js';

export interface QueryStatusProps {
  state: QueryState<unknown>;
  /** What to say before anything is chosen. */
  idle: MessageKey;
}

/** Renders the non-data states; renders nothing when data is ready. */
export function QueryStatus({ state, idle }: QueryStatusProps) {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return <p className="status status-idle">{t(idle)}</p>;
    case 'loading':
      return <p className="status status-loading" role="status">{t('state.loading')}</p>;
    case 'empty':
      return <p className="status status-empty">{t('state.empty')}</p>;
    case 'error':
      return <ErrorMessage code={state.error.code} message={state.error.message} />;
    case 'ready':
      return null;
  }
}

/** An API error with its code and the advice that fits it. */
export function ErrorMessage({ code, message }: { code: string; message: string }) {
  const t = useT();
  const userFixable = code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'LIMIT_EXCEEDED' || code === 'GRAPHQL_VALIDATION_FAILED';
  return (
    <div className="status status-error" role="alert">
      <strong>{t('state.error')}</strong> ({code}): {message}
      <br />
      {userFixable ? t('state.errorInput') : t('state.errorHint')}
    </div>
  );
}
