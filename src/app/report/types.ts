/**
 * What a report shows, as plain data: gathered from the stores (gather.ts), completed with page
 * images (images.ts), rendered to HTML (render*.ts). The renderers take nothing else, so that
 * tests can hand them any case, hostile text included.
 */
import type { Box, ClaimStatus, StatusCounts, TextMethod } from '../../store/cases/index.js';
import type { XrefMatch } from '../documents/index.js';
import type { ListVersionJson } from '../matching/index.js';

export interface FailedFile {
  id: string;
  fileName: string;
  stage: string;
  reason: string | null;
  message: string;
}

export interface ReportHeader {
  caseName: string;
  title: string | null;
  createdAt: string;
  generatedAt: string;
  counts: StatusCounts;
  failed: FailedFile[];
}

/** Whether the parties were screened, and against which list versions; never "clear" by default. */
export type Screening =
  | { screened: true; threshold: number; lists: ListVersionJson[] }
  | { screened: false; reason: string };

/** A link from a statement to the span it rests on. */
export interface EvidenceLink {
  /** The id of the span's highlight in its page's section (`ev-...`). */
  anchor: string;
  documentId: string;
  fileName: string;
  page: number;
  kind: string;
  text: string;
  value: string;
}

export interface TimelineEntry {
  /** ISO 8601, possibly partial (`2024-03`). */
  date: string;
  /** Other readings of the date (03/04 read the other way round, or a claim's other dates). */
  ambiguous: string[];
  source: 'claim' | 'mention';
  /** What happened, in a line: `payment: Kupol → TSK Vektor; amount 1200000; currency CNY`. */
  title: string;
  evidence: EvidenceLink[];
}

export interface Timeline {
  /** Dated claims when there are any, else dated mentions. */
  entries: TimelineEntry[];
  /** Dated mentions no claim rests on, when claims fill the timeline. */
  others: TimelineEntry[];
}

export interface ReportParty {
  kind: string;
  schema: string;
  names: string[];
  identifiers: Record<string, string[]>;
  /** List matches at or above the threshold; null when the parties were not screened. */
  matches: XrefMatch[] | null;
  mentions: EvidenceLink[];
}

export interface ReportClaim {
  id: string;
  kind: string;
  subject: string;
  object: string | null;
  /** The subject's and object's names where known (a list caption, a party's name), else ids. */
  subjectName: string;
  objectName: string | null;
  properties: Record<string, string[]>;
  status: ClaimStatus;
  note: string | null;
  evidence: EvidenceLink[];
}

export interface DocumentMentions {
  documentId: string;
  fileName: string;
  mentions: EvidenceLink[];
}

/** A highlighted span on a page: its anchor and, where the page has positions, its boxes. */
export interface PageSpan {
  anchor: string;
  start: number;
  end: number;
  kind: string;
  /** In the page's own units (PDF points or image pixels, from the top-left); one per line. */
  boxes: Box[];
}

/** A picture of the page: a data URI, or a path relative to the report. */
export interface PageImage {
  src: string;
}

export interface EvidencePage {
  /** The section's id (`pg-...`). */
  anchor: string;
  documentId: string;
  fileName: string;
  mediaType: string;
  page: number;
  method: TextMethod;
  text: string;
  /** The page's size in the units of its boxes; null when the source has none. */
  size: { width: number; height: number } | null;
  image: PageImage | null;
  /** Why the page shows no image (a text document, no pdftoppm, the image limit...). */
  imageNote: string | null;
  spans: PageSpan[];
}

export interface ReportData {
  header: ReportHeader;
  screening: Screening;
  timeline: Timeline;
  parties: ReportParty[];
  claims: ReportClaim[];
  mentions: DocumentMentions[];
  pages: EvidencePage[];
  /** Notes for the reader about what the report leaves out (images over the limit...). */
  notes: string[];
}
