// Analysts write their own queries in GraphiQL, served by the API at /graphiql.
import { useT } from '../../shared/i18n/i18n.js';

export function ConsoleView() {
  const t = useT();
  return (
    <section className="view console" aria-labelledby="console-title">
      <h2 id="console-title">{t('view.console')}</h2>
      <p>
        {t('consoleIntro')}{' '}
        <a href="/graphiql" target="_blank" rel="noreferrer">{t('openConsole')}</a>
      </p>
      <iframe title={t('view.console')} src="/graphiql" className="console-frame" />
    </section>
  );
}
