/**
 * OFAC's legacy CSV files: the SDN list (sdn.csv with add.csv, alt.csv, sdn_comments.csv) and
 * the consolidated non-SDN lists (cons_prim.csv with cons_add.csv, cons_alt.csv,
 * cons_comments.csv).
 *
 * @example
 * ```ts
 * import { ofacCsv } from './sources/ofac-csv/index.js';
 * const files = ofacCsv.companions?.(['sdn.csv']); // sdn.csv, add.csv, alt.csv, sdn_comments.csv
 * for await (const record of ofacCsv.read(files ?? [], ctx)) store.put(record);
 * ```
 */
import type { Source } from '../types.js';
import { kindOfHead, withCompanions } from './files.js';
import { readOfacCsv } from './load.js';

export { siblingFiles } from './files.js';
export { entityId } from './map.js';

/** sdn.csv was 3.9 MB in 2024; this leaves room for years of growth. */
const MAX_BYTES = 100 * 1024 * 1024;

export const ofacCsv: Source = {
  format: 'ofac-csv',
  description:
    'OFAC legacy CSV: sdn.csv or cons_prim.csv, with the add/alt/comments files beside it (US Treasury)',
  maxBytes: MAX_BYTES,
  companions: withCompanions,
  sniff(head: string, fileName: string): boolean {
    return kindOfHead(head, fileName) !== null;
  },
  read(files, ctx) {
    return readOfacCsv(files, ctx, MAX_BYTES);
  },
};
