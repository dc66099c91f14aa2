/** The progress line of a long run: rows done, rows a second and an estimate of time left. */
import { formatDuration } from './time.js';

export interface ProgressState {
  rows: number;
  hits: number;
  /** Milliseconds since this process started screening rows. */
  elapsedMs: number;
  /** Share of the input read, from 0 to 1 (bytes read / file size). */
  fraction: number;
  /** Share read when this process began screening (after the rows a resume skips). */
  startFraction: number;
}

export function progressLine(s: ProgressState): string {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? s.rows / seconds : 0;
  const parts = [
    `${s.rows.toLocaleString('en-US')} rows`,
    `${Math.round(rate).toLocaleString('en-US')} rows/s`,
    `${s.hits.toLocaleString('en-US')} hits`,
    `${Math.min(100, Math.floor(s.fraction * 100))}%`,
  ];
  const done = s.fraction - s.startFraction;
  if (done > 0 && seconds > 1 && s.fraction < 1) {
    parts.push(`about ${formatDuration((seconds * (1 - s.fraction)) / done)} left`);
  }
  return parts.join(', ');
}
