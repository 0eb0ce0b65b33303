// A year range over what is on the canvas; play grows the range one year at a time so the
// user sees the network build up.
import { useEffect, useState } from 'react';
import { useT } from '../../shared/i18n/i18n.js';
import type { TimeMode } from '../../shared/url/url-state.js';

export interface YearSliderProps {
  /** Years present on the canvas, ascending. */
  years: number[];
  from: number | null;
  to: number | null;
  mode: TimeMode;
  onChange: (range: { from: number | null; to: number | null }) => void;
  onModeChange: (mode: TimeMode) => void;
}

const STEP_MS = 1200;

export function YearSlider({ years, from, to, mode, onChange, onModeChange }: YearSliderProps) {
  const t = useT();
  const [playing, setPlaying] = useState(false);
  const min = years[0];
  const max = years[years.length - 1];
  const lo = from ?? min ?? 0;
  const hi = to ?? max ?? 0;

  useEffect(() => {
    if (!playing || min === undefined || max === undefined) return;
    const timer = setInterval(() => {
      const next = (to ?? max) >= max ? min : (to ?? min) + 1;
      onChange({ from: null, to: next >= max ? null : next });
      if (next >= max) setPlaying(false);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, to, min, max, onChange]);

  if (min === undefined || max === undefined) return <p className="timeline status-idle">{t('timeIdle')}</p>;
  // Values equal to the ends mean "no limit", so the URL stays clean and new years are included.
  const set = (a: number, b: number) => onChange({ from: a <= min ? null : a, to: b >= max ? null : b });
  return (
    <section className="timeline" aria-label={t('time')}>
      <button type="button" onClick={() => { if (!playing && hi >= max) onChange({ from: null, to: min }); setPlaying(!playing); }} aria-pressed={playing} aria-label={playing ? t('pause') : t('play')}>
        <span aria-hidden="true">{playing ? '⏸' : '▶'}</span> {playing ? t('pause') : t('playShort')}
      </button>
      <label>
        {t('yearFrom')} <strong>{lo}</strong>
        <input type="range" min={min} max={max} step={1} value={lo} onChange={(e) => set(Math.min(Number(e.target.value), hi), hi)} />
      </label>
      <label>
        {t('yearTo')} <strong>{hi}</strong>
        <input type="range" min={min} max={max} step={1} value={hi} onChange={(e) => set(lo, Math.max(Number(e.target.value), lo))} />
      </label>
      <label>
        {t('timeMode')}{' '}
        <select value={mode} onChange={(e) => onModeChange(e.target.value as TimeMode)}>
          <option value="fade">{t('timeMode.fade')}</option>
          <option value="hide">{t('timeMode.hide')}</option>
        </select>
      </label>
    </section>
  );
}
