/**
 * The case workspace's calls (GET /cases, documents, notes, tags, the report), through the
 * workbench's one client (api/client.ts), in the shapes the server answers (docs/cases-api.md).
 */
import { request } from '../../api/client.js';

export interface CaseRow {
  name: string;
  title: string | null;
  created_at: string;
  documents: number;
  processed: number;
  pending: number;
  failed: number;
  pages: number;
  claims: number;
  notes: number;
  last_added_at: string | null;
}

export interface DocumentRow {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  status: 'pending' | 'processed' | 'failed';
  failure: { stage: string; reason: string | null; message: string } | null;
  pages: number;
  added_at: string;
  tags: string[];
}

export interface NoteRow {
  id: number;
  text: string;
  document_id: string | null;
  page: number | null;
  start: number | null;
  end: number | null;
  by: string;
  created_at: string;
  status: 'active' | 'retracted';
  retracted_at: string | null;
  retracted_by: string | null;
}

const path = (caseName: string) => `/cases/${encodeURIComponent(caseName)}`;

async function getJson<T>(url: string): Promise<T> {
  return (await request(url)).json() as Promise<T>;
}

export const cases = () => getJson<{ cases: CaseRow[] }>('/cases');

export const documents = (caseName: string) =>
  getJson<{ documents: DocumentRow[] }>(`${path(caseName)}/documents`);

export const notes = (caseName: string) => getJson<{ notes: NoteRow[] }>(`${path(caseName)}/notes`);

export interface NewNote {
  text: string;
  document_id?: string | null;
  page?: number | null;
}

export async function addNote(caseName: string, note: NewNote): Promise<NoteRow> {
  const response = await request(`${path(caseName)}/notes`, {
    method: 'POST',
    body: JSON.stringify(note),
    headers: { 'content-type': 'application/json' },
  });
  return response.json() as Promise<NoteRow>;
}

export async function retractNote(caseName: string, id: number): Promise<NoteRow> {
  const response = await request(`${path(caseName)}/notes/${id}/retract`, { method: 'POST' });
  return response.json() as Promise<NoteRow>;
}

export async function setTag(
  caseName: string,
  documentId: string,
  tag: string,
  remove = false,
): Promise<{ tags: string[] }> {
  const url = `${path(caseName)}/documents/${documentId}/tags/${encodeURIComponent(tag)}`;
  const response = await request(url, { method: remove ? 'DELETE' : 'PUT' });
  return response.json() as Promise<{ tags: string[] }>;
}

/**
 * The report as a file: fetched with the key (a plain link could not send it), then saved
 * through an object URL, so that it never opens inside the workbench.
 */
export async function downloadReport(caseName: string): Promise<void> {
  const blob = await (await request(`${path(caseName)}/report`)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${caseName}-report.html`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
