// Language context: `useT()` gives the translate function; the provider keeps
// <html lang> in step so screen readers pronounce the page in the right language.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { dictionary, type Lang, type MessageKey } from './dictionary.js';

export type { Lang, MessageKey };
export type Translate = (key: MessageKey) => string;

const LangContext = createContext<Lang>('sv');

/** Provides `lang` to the tree and mirrors it on document.documentElement. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The translate function for the current language. */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key) => dictionary[lang][key];
}

export function useLang(): Lang {
  return useContext(LangContext);
}
