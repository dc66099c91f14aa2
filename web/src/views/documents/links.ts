/** The viewer's address: /app/cases/:case/documents/:doc?page=N&start=S&end=E (page 1-based). */
import { href } from '../../app/router.js';

export function viewerHref(
  caseName: string,
  documentId: string,
  page?: number,
  span?: { start: number; end: number } | null,
): string {
  return href(
    `/cases/${encodeURIComponent(caseName)}/documents/${encodeURIComponent(documentId)}`,
    {
      page: page === undefined ? undefined : String(page),
      start: span ? String(span.start) : undefined,
      end: span ? String(span.end) : undefined,
    },
  );
}
