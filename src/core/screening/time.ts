/** Times as runs record and show them. */

/** An ISO time stamp in UTC with milliseconds: the runs' and the audit trail's clock. */
export function timestamp(date = new Date()): string {
  return date.toISOString();
}

/** "45 s", "3 min 20 s", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** A run's ID: sortable by start time, with random letters so that two runs never share one. */
export function newRunId(date: Date, random: string): string {
  const stamp = date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${random.slice(0, 6)}`;
}
