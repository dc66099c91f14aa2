/**
 * Gathering the rows of each listed party. The list is sorted by name, not by party, so one
 * party's rows are scattered through the file (2,106 parties in 3,950 runs in the 2018 file).
 * A first pass counts each party's rows; the second yields a party as soon as its last row has
 * been read, so only parties still incomplete are held, never the whole file as rows.
 */
import { SourceError } from '../io/index.js';
import { type HmtRow, readHmtRows } from './read.js';

/** Pass one: the number of rows of each group. It also checks the whole file before mapping. */
export async function countGroupRows(path: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const row of readHmtRows(path, () => {})) {
    counts.set(row.groupId, (counts.get(row.groupId) ?? 0) + 1);
  }
  return counts;
}

/** Pass two: each group's rows, in file order, as soon as the group is complete. */
export async function* readHmtGroups(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<HmtRow[]> {
  const counts = await countGroupRows(path);
  const open = new Map<string, HmtRow[]>();
  for await (const row of readHmtRows(path, progress)) {
    const rows = open.get(row.groupId) ?? [];
    rows.push(row);
    if (rows.length === counts.get(row.groupId)) {
      open.delete(row.groupId);
      yield rows;
    } else {
      open.set(row.groupId, rows);
    }
  }
  if (open.size > 0) throw new SourceError(path, null, 'the file changed while it was read');
}
