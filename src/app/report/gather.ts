/**
 * A case read through the stores' interfaces and the documents service into the report's plain
 * data: header, screening, timeline, parties, claims, mentions, and every page a mention is on
 * with its spans placed from the page's word boxes. Parties are screened through the same service
 * `dossier xref` uses; with no list loaded they are listed as not screened, never as clear.
 */
import type { CaseStore, Claim } from '../../store/cases/index.js';
import {
  type CaseMention,
  type DocumentService,
  partiesOf,
  type XrefResult,
} from '../documents/index.js';
import { HOW_TO_LOAD, type MatchIndex, NoListsLoaded } from '../matching/index.js';
import { pageAnchor, spanAnchor } from './anchors.js';
import { spanBoxes } from './highlight.js';
import { buildTimeline, claimPartyName } from './timeline.js';
import type {
  DocumentMentions,
  EvidenceLink,
  EvidencePage,
  ReportClaim,
  ReportData,
  ReportParty,
  Screening,
} from './types.js';

export interface ReportSources {
  cases: CaseStore;
  documents: DocumentService;
  /** The index to screen parties against, or null when no list is loaded (nothing is built). */
  matchIndex: () => Promise<MatchIndex | null>;
}

export interface GatherOptions {
  /** The xref threshold (0.7 unless given). */
  threshold?: number;
  now?: Date;
}

export function evidenceLink(m: CaseMention): EvidenceLink {
  return {
    anchor: spanAnchor(m.documentId, m.id),
    documentId: m.documentId,
    fileName: m.fileName,
    page: m.page,
    kind: m.kind,
    text: m.text,
    value: m.value,
  };
}

async function screen(
  sources: ReportSources,
  caseName: string,
  threshold: number | undefined,
): Promise<XrefResult | { reason: string }> {
  const index = await sources.matchIndex();
  if (!index) return { reason: `no sanctions list is loaded: ${HOW_TO_LOAD}` };
  try {
    return await sources.documents.xref(
      caseName,
      index,
      threshold === undefined ? {} : { threshold },
    );
  } catch (error) {
    if (error instanceof NoListsLoaded) return { reason: error.message };
    throw error;
  }
}

function partiesAndScreening(
  result: XrefResult | { reason: string },
  mentions: readonly CaseMention[],
): { parties: ReportParty[]; screening: Screening } {
  if ('reason' in result) {
    const parties = partiesOf(mentions).map((p) => ({
      kind: p.kind,
      schema: p.schema,
      names: p.names,
      identifiers: p.identifiers,
      matches: null,
      mentions: p.mentions.map(evidenceLink),
    }));
    return { parties, screening: { screened: false, reason: result.reason } };
  }
  const parties = result.parties.map((p) => ({
    kind: p.kind,
    schema: p.schema,
    names: p.names,
    identifiers: p.identifiers,
    matches: p.matches,
    mentions: p.mentions.map(evidenceLink),
  }));
  return {
    parties,
    screening: { screened: true, threshold: result.threshold, lists: result.lists },
  };
}

/** Readable names for claims' subjects and objects: list captions, then the case's parties. */
function namer(parties: readonly ReportParty[], partyValues: Map<string, string>) {
  const names = new Map(partyValues);
  for (const p of parties) for (const m of p.matches ?? []) names.set(m.id, m.caption);
  return (id: string) => names.get(id) ?? id;
}

function claimsOf(
  claims: readonly Claim[],
  byKey: Map<string, CaseMention>,
  nameOf: (id: string) => string,
): ReportClaim[] {
  return claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    subject: c.subject,
    object: c.object,
    subjectName: claimPartyName(c, c.subject, 'subject', nameOf),
    objectName: c.object === null ? null : claimPartyName(c, c.object, 'object', nameOf),
    properties: c.properties,
    status: c.status,
    note: c.note,
    evidence: c.evidence
      .map((e) => byKey.get(`${e.documentId}\u0000${e.mentionId}`))
      .filter((m): m is CaseMention => m !== undefined)
      .map(evidenceLink),
  }));
}

function mentionsByDocument(mentions: readonly CaseMention[]): DocumentMentions[] {
  const documents = new Map<string, DocumentMentions>();
  for (const m of mentions) {
    let d = documents.get(m.documentId);
    if (!d) {
      d = { documentId: m.documentId, fileName: m.fileName, mentions: [] };
      documents.set(m.documentId, d);
    }
    d.mentions.push(evidenceLink(m));
  }
  return [...documents.values()];
}

/** Every page a mention is on, in the order of the mentions (documents as added, then pages). */
async function pagesOf(
  cases: CaseStore,
  caseName: string,
  mentions: readonly CaseMention[],
  mediaTypes: Map<string, string>,
): Promise<EvidencePage[]> {
  const byPage = new Map<string, CaseMention[]>();
  for (const m of mentions) {
    const k = `${m.documentId}\u0000${m.page}`;
    byPage.set(k, [...(byPage.get(k) ?? []), m]);
  }
  const pages: EvidencePage[] = [];
  for (const list of byPage.values()) {
    const { documentId, page: number, fileName } = list[0]!;
    const page = await cases.page(caseName, documentId, number);
    if (!page) continue;
    const words = await cases.words(caseName, documentId, number);
    const size =
      page.width !== null && page.height !== null && page.width > 0 && page.height > 0
        ? { width: page.width, height: page.height }
        : null;
    pages.push({
      anchor: pageAnchor(documentId, number),
      documentId,
      fileName,
      mediaType: mediaTypes.get(documentId) ?? 'application/octet-stream',
      page: number,
      method: page.method,
      text: page.text,
      size,
      image: null,
      imageNote: null,
      spans: list.map((m) => ({
        anchor: spanAnchor(documentId, m.id),
        start: m.start,
        end: m.end,
        kind: m.kind,
        boxes: spanBoxes(words, m.start, m.end, m.box),
      })),
    });
  }
  return pages;
}

/** The report's data, page images aside (images.ts adds them). */
export async function gatherReport(
  sources: ReportSources,
  caseName: string,
  options: GatherOptions = {},
): Promise<ReportData> {
  const { cases, documents } = sources;
  const info = await documents.requireCase(caseName);
  const { documents: docs, counts } = await documents.documents(caseName);
  const mentions = await documents.mentions(caseName);
  const claims = await cases.claims(caseName);
  const result = await screen(sources, caseName, options.threshold);
  const { parties, screening } = partiesAndScreening(result, mentions);
  const partyValues = new Map(
    partiesOf(mentions).map((p) => [p.value, p.names[0] ?? p.value] as const),
  );
  const nameOf = namer(parties, partyValues);
  const byKey = new Map(mentions.map((m) => [`${m.documentId}\u0000${m.id}`, m]));
  const mediaTypes = new Map(docs.map((d) => [d.id, d.mediaType]));
  const pages = await pagesOf(cases, caseName, mentions, mediaTypes);
  const texts = new Map(pages.map((p) => [`${p.documentId}:${p.page}`, p.text]));
  return {
    header: {
      caseName: info.name,
      title: info.title,
      createdAt: info.createdAt,
      generatedAt: (options.now ?? new Date()).toISOString(),
      counts,
      failed: docs
        .filter((d) => d.status === 'failed')
        .map((d) => ({
          id: d.id,
          fileName: d.fileName,
          stage: d.failure?.stage ?? '',
          reason: d.failure?.reason ?? null,
          message: d.failure?.message ?? '',
        })),
    },
    screening,
    timeline: buildTimeline({ claims, mentions, link: evidenceLink, nameOf, texts }),
    parties,
    claims: claimsOf(claims, byKey, nameOf),
    mentions: mentionsByDocument(mentions),
    pages,
    notes: [],
  };
}
