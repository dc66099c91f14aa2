/**
 * Every list source Dossier reads, in the order formats are tried when detecting a file's format
 * (most specific first), and the detection itself.
 */
import { basename } from 'node:path';
import { euFsf } from './eu-fsf/index.js';
import { ftmDelta, ftmJson } from './ftm-json/index.js';
import { readHead, SourceError, UnknownFormatError, unreadable } from './io/index.js';
import { ofacAdvanced } from './ofac-advanced/index.js';
import { ofacCsv } from './ofac-csv/index.js';
import { ofacXml } from './ofac-xml/index.js';
import type { Source } from './types.js';
import { ukFcdoXml } from './uk-fcdo-xml/index.js';
import { ukHmtCsv } from './uk-hmt-csv/index.js';
import { unSc } from './un-sc/index.js';
import { usBisDpl } from './us-bis-dpl/index.js';
import { usCsl } from './us-csl/index.js';

export const SOURCES: readonly Source[] = [
  ofacXml,
  ofacAdvanced,
  unSc,
  ukFcdoXml,
  euFsf,
  ukHmtCsv,
  usCsl,
  usBisDpl,
  ftmDelta,
  ftmJson,
  // Last: OFAC's CSV files have no header, so this sniff is the least specific.
  ofacCsv,
];

export function sourceByFormat(format: string): Source {
  const source = SOURCES.find((s) => s.format === format);
  if (!source) {
    const known = SOURCES.map((s) => s.format).join(', ');
    throw new UnknownFormatError(`unknown format "${format}"; known formats: ${known}`);
  }
  return source;
}

/** The source that recognises this file from its first bytes, or an error that says so. */
export function detectSource(path: string, sources: readonly Source[] = SOURCES): Source {
  let head: string;
  try {
    head = readHead(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  if (head.length === 0) throw new SourceError(path, null, 'the file is empty');
  const found = sources.find((s) => s.sniff(head, basename(path)));
  if (!found) {
    throw new SourceError(
      path,
      null,
      'not a list format Dossier recognises; name one with --format (see dossier formats)',
    );
  }
  return found;
}
