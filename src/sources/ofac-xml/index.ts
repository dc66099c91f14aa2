/**
 * OFAC's XML in the `sdnList` schema: SDN.XML (the SDN list) and consolidated.xml (the non-SDN
 * lists). Each entry maps to its party and Sanction; "Linked To" names, vessel owners and the
 * like are resolved against all the files read together, once they are all read.
 *
 * @example
 * for await (const record of ofacXml.read(['SDN.XML'], ctx)) store.put(record);
 */
import { basename } from 'node:path';
import { dayOfSlashed, headElementText } from '../common/index.js';
import { LinkBook } from '../common/ofac/index.js';
import { checkFile, SourceError, xmlRoot } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapEntry } from './map.js';
import { readSdnList } from './read.js';

const MAX_BYTES = 400_000_000;

async function* readFiles(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  const links = new LinkBook();
  for (const file of files) checkFile(file, MAX_BYTES);
  for (const file of files) {
    let count = 0;
    let expected: number | null = null;
    for await (const record of readSdnList(file, ctx.progress)) {
      if ('entry' in record) {
        count++;
        yield* mapEntry(record.entry, links, basename(file));
      } else {
        expected = record.publication.recordCount;
      }
    }
    if (count === 0) throw new SourceError(file, null, 'no <sdnEntry>: not an OFAC sdnList file');
    if (expected !== null && expected !== count) {
      ctx.warn(`${file}: publshInformation counts ${expected} entries, the file has ${count}`);
    }
  }
  yield* links.settle(ctx.warn);
}

export const ofacXml: Source = {
  format: 'ofac-xml',
  description: 'OFAC SDN.XML or consolidated.xml (XML in the sdnList schema)',
  maxBytes: MAX_BYTES,
  sniff: (head) => xmlRoot(head)?.name === 'sdnList',
  // <publshInformation><Publish_Date>02/20/2024</Publish_Date>: month first.
  published: (head) => dayOfSlashed(headElementText(head, 'Publish_Date'), 'mdy'),
  read: readFiles,
};
