// The header: title, the search that starts every exploration, language and the view tabs.
import { useState } from 'react';
import type { EntityRef } from '../shared/graphql/api-types.js';
import { useLang, useT, type Lang, type MessageKey } from '../shared/i18n/i18n.js';
import { EntityCombobox } from '../shared/search/entity-combobox.js';
import { VIEWS, type View } from '../shared/url/url-state.js';

export interface HeaderProps {
  view: View;
  onView: (view: View) => void;
  onLang: (lang: Lang) => void;
  onSearch: (hit: EntityRef) => void;
}

export function Header({ view, onView, onLang, onSearch }: HeaderProps) {
  const t = useT();
  const lang = useLang();
  const [copied, setCopied] = useState(false);
  const share = () => {
    void navigator.clipboard?.writeText(window.location.href).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <header className="app-header">
      <div className="header-row">
        <h1>{t('appTitle')}</h1>
        <div className="search" role="search">
          <EntityCombobox label={t('searchLabel')} onChoose={onSearch} />
        </div>
        <button type="button" onClick={share}>{copied ? t('copied') : t('share')}</button>
        <div role="group" aria-label={t('language')} className="lang">
          <button type="button" lang="sv" aria-pressed={lang === 'sv'} onClick={() => onLang('sv')}>Svenska</button>
          <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => onLang('en')}>English</button>
        </div>
      </div>
      <nav role="tablist" aria-label={t('views')} className="tabs">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls={`panel-${v}`} onClick={() => onView(v)}>
            {t(`view.${v}` as MessageKey)}
          </button>
        ))}
      </nav>
    </header>
  );
}
