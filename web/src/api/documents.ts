/**
 * The case routes the document viewer reads (docs/cases-api.md), in the shapes the server answers
 * (src/app/documents/json.ts). Offsets are UTF-16 code units into a page's stored text, end
 * exclusive, everywhere: a JavaScript string indexes the same way, so a span is sliced as given.
 */
import { queryString, request } from './client.js';

export interface CaseDocumentJson {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  status: 'pending' | 'processed' | 'failed';
  failure: { stage: string; reason: string | null; message: string } | null;
  pages: number;
  properties: Record<string, string[]>;
  added_at: string;
}

export interface PageTextJson {
  page: number;
  method: 'text' | 'ocr';
  language: string | null;
  confidence: number | null;
  /** The page's size in the unit of its boxes (PDF points, or a scan's pixels), when known. */
  width: number | null;
  height: number | null;
  text: string;
}

export interface DocumentDetailJson extends CaseDocumentJson {
  places: { path: string; parent_id: string | null; found_at: string }[];
  children: { id: string; file_name: string; status: string }[];
  page_texts: PageTextJson[];
}

/** A rectangle on the page from the top-left, in the page's unit: x0, y0, x1, y1. */
export type BoxJson = [number, number, number, number];

export interface MentionJson {
  id: string;
  document_id: string;
  file_name: string;
  page: number;
  start: number;
  end: number;
  kind: string;
  text: string;
  value: string;
  extractor: string;
  confidence: number | null;
  box: BoxJson | null;
  link: { entity_id: string; score: number } | null;
}

export interface SnippetJson {
  /** The snippet's place in the page's text. */
  start: number;
  end: number;
  text: string;
  /** Highlighted spans, as offsets into the snippet's text. */
  highlights: [number, number][];
}

export interface CaseHitJson {
  document_id: string;
  file_name: string;
  page: number;
  /** The matched spans in the page's text; empty when only a transliteration matched. */
  spans: [number, number][];
  snippets: SnippetJson[];
}

export interface ClaimJson {
  id: string;
  kind: string;
  subject: string;
  object: string | null;
  properties: Record<string, string[]>;
  status: string;
  note: string | null;
  reviewed_at: string | null;
  evidence: { document_id: string; mention_id: string }[];
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request(path, signal ? { signal } : {})).json() as Promise<T>;
}

const casePath = (caseName: string) => `/cases/${encodeURIComponent(caseName)}`;
const docPath = (caseName: string, id: string) =>
  `${casePath(caseName)}/documents/${encodeURIComponent(id)}`;

export const caseDocument = (caseName: string, id: string) =>
  getJson<DocumentDetailJson>(docPath(caseName, id));

export const documentMentions = (caseName: string, id: string) =>
  getJson<{ mentions: MentionJson[] }>(
    `${casePath(caseName)}/mentions${queryString({ document_id: id })}`,
  ).then((a) => a.mentions);

export const caseClaims = (caseName: string) =>
  getJson<{ claims: ClaimJson[] }>(`${casePath(caseName)}/claims`).then((a) => a.claims);

export const searchCase = (caseName: string, q: string, signal?: AbortSignal, limit = 20) =>
  getJson<{ results: CaseHitJson[] }>(
    `${casePath(caseName)}/search${queryString({ q, limit })}`,
    signal,
  ).then((a) => a.results);

/**
 * A page's picture as an object URL: fetched with the key (an <img src> could not send it), so
 * the caller must revoke it when done. Null when the document has no picture (text, e-mail...).
 */
export async function pageImageUrl(caseName: string, id: string, page: number) {
  try {
    const response = await request(`${docPath(caseName, id)}/pages/${page}/image`);
    return URL.createObjectURL(await response.blob());
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
