/**
 * The checks a new list version must pass before it becomes current: versions only move forward
 * (a file published before the current version is refused), and a version does not silently lose
 * most of its targets (a file cut short, a partial download). Each refusal is a typed error that
 * names what it compared and the flag that overrides it; the load is aborted, so the previous
 * version stays current.
 */
import { DossierError } from '../core/errors/index.js';
import type { VersionInfo } from '../store/index.js';

/** The share of targets a new version may lose without `--allow-shrink`: a tenth. */
export const DEFAULT_MAX_SHRINK = 0.1;

/** A dataset name, a date or a limit that cannot be used as given. */
export class IngestInputError extends DossierError {
  override readonly name = 'IngestInputError';
  readonly code = 'invalid_input';
}

/** The file was published before the dataset's current version. */
export class OlderVersionError extends DossierError {
  override readonly name = 'OlderVersionError';
  readonly code = 'version_refused';
  constructor(
    readonly dataset: string,
    readonly current: { version: number; published: string },
    readonly published: string,
  ) {
    super(
      `${dataset}: the file was published on ${published}, before version ${current.version} ` +
        `(published ${current.published}); nothing was loaded. Load the lists in date order, ` +
        'or pass --allow-older to load it anyway',
    );
  }
}

/** The new version has fewer targets than the current one by more than the allowed share. */
export class ShrinkError extends DossierError {
  override readonly name = 'ShrinkError';
  readonly code = 'version_refused';
  constructor(
    readonly dataset: string,
    readonly current: { version: number; targets: number },
    readonly targets: number,
    readonly maxShrink: number,
  ) {
    const lost = current.targets - targets;
    super(
      `${dataset}: the new version would have ${count(targets)} targets, version ` +
        `${current.version} has ${count(current.targets)} (${percent(lost / current.targets)} ` +
        `fewer, more than the ${percent(maxShrink)} allowed); ` +
        'nothing was loaded. A file cut short or a partial download does this; if the list ' +
        'really shrank, pass --allow-shrink (or raise --max-shrink)',
    );
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day the user gave (`--published`): YYYY-MM-DD, a real date. */
export function checkDay(text: string, what: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  if (!DAY.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new IngestInputError(`${what} must be a date as YYYY-MM-DD, not "${text}"`);
  }
  return text;
}

/** A share of targets a version may lose, from a percentage (`--max-shrink 25`). */
export function shrinkShare(text: string, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new IngestInputError(`${what} must be a percentage from 0 to 100, not "${text}"`);
  }
  return value / 100;
}

/**
 * The publication day of the version a load makes: the day the files state (the earliest, when
 * several state one), else the one the user gave. A user's day that contradicts the file's is
 * refused rather than picked from.
 */
export function publicationDay(
  stated: (string | null)[],
  given: string | undefined,
): string | null {
  const days = stated.filter((d): d is string => d !== null).sort();
  const fromFiles = days[0] ?? null;
  if (given !== undefined) checkDay(given, '--published');
  if (fromFiles && given && given !== fromFiles) {
    throw new IngestInputError(
      `--published ${given} contradicts the date the file states (${fromFiles}); leave it out`,
    );
  }
  return fromFiles ?? given ?? null;
}

/** Refuse a version published before the current one; return a note when there is no telling. */
export function checkForward(
  dataset: string,
  published: string | null,
  previous: VersionInfo | null,
  allowOlder: boolean,
): string | null {
  if (previous === null) {
    return published ? null : 'the file states no publication date (--published records one)';
  }
  if (published === null) {
    return (
      `the file states no publication date, so it was not checked against version ` +
      `${previous.version}'s; pass --published YYYY-MM-DD to have it checked`
    );
  }
  if (previous.published === null) return null;
  if (published < previous.published && !allowOlder) {
    throw new OlderVersionError(
      dataset,
      { version: previous.version, published: previous.published },
      published,
    );
  }
  return null;
}

/** Refuse a version that loses more than `maxShrink` of the current version's targets. */
export function checkShrink(
  next: VersionInfo,
  previous: VersionInfo | null,
  maxShrink: number,
): void {
  if (previous === null || previous.targets === 0) return;
  const lost = previous.targets - next.targets;
  if (lost / previous.targets > maxShrink) {
    throw new ShrinkError(
      next.dataset,
      { version: previous.version, targets: previous.targets },
      next.targets,
      maxShrink,
    );
  }
}
