// The screen as a query string, so a copied link reopens the same view: which tab, what is
// selected, which nodes are on the canvas, filters, years and language.
import { ENTITY_TYPES, type EntityType } from '../graphql/api-types.js';
import type { Lang } from '../i18n/dictionary.js';

export const VIEWS = ['explore', 'project', 'theme', 'connections', 'participation', 'recurrence', 'console'] as const;
export type View = (typeof VIEWS)[number];
export const LAYOUTS = ['fcose', 'concentric', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export type TimeMode = 'fade' | 'hide';

export interface UrlState {
  lang: Lang;
  view: View;
  /** Selected canvas element id. */
  sel: string | null;
  /** Node ids on the canvas. */
  nodes: string[];
  /** Entity types hidden by the legend filter. */
  hiddenTypes: EntityType[];
  layout: LayoutName;
  from: number | null;
  to: number | null;
  timeMode: TimeMode;
  /** The project or theme of the project, theme and recurrence views. */
  subject: string | null;
  /** The two ends of the connections view. */
  a: string | null;
  b: string | null;
}

export const DEFAULT_STATE: UrlState = {
  lang: 'sv', view: 'explore', sel: null, nodes: [], hiddenTypes: [], layout: 'fcose',
  from: null, to: null, timeMode: 'fade', subject: null, a: null, b: null,
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** Reads a query string; unknown or broken values fall back to the defaults. */
export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  return {
    lang: oneOf(['sv', 'en'] as const, p.get('lang'), 'sv'),
    view: oneOf(VIEWS, p.get('view'), 'explore'),
    sel: p.get('sel'),
    nodes: list(p.get('nodes')),
    hiddenTypes: list(p.get('hide')).filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)),
    layout: oneOf(LAYOUTS, p.get('layout'), 'fcose'),
    from: year(p.get('from')),
    to: year(p.get('to')),
    timeMode: oneOf(['fade', 'hide'] as const, p.get('time'), 'fade'),
    subject: p.get('subject'),
    a: p.get('a'),
    b: p.get('b'),
  };
}

/** Writes only what differs from the defaults, to keep links short. */
export function formatUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | number | null, fallback: string | number | null) => {
    if (value !== null && value !== '' && value !== fallback) p.set(key, String(value));
  };
  put('view', state.view, 'explore');
  put('lang', state.lang, 'sv');
  put('subject', state.subject, null);
  put('a', state.a, null);
  put('b', state.b, null);
  put('nodes', state.nodes.join(','), '');
  put('sel', state.sel, null);
  put('hide', state.hiddenTypes.join(','), '');
  put('layout', state.layout, 'fcose');
  put('from', state.from, null);
  put('to', state.to, null);
  put('time', state.timeMode, 'fade');
  // ':' and ',' are legal in a query string; leaving them unescaped keeps ids readable in links.
  const text = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
