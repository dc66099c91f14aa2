/**
 * A case's documents: status, type, pages, tags (each removable) and, for a failed one, why;
 * "failed only" narrows the table; each opens in the document viewer.
 */
import { href } from '../../app/router.js';
import { columnHelper, DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import type { DocumentRow } from './api.js';

export function documentHref(caseName: string, id: string, page?: number | null) {
  const path = `/cases/${encodeURIComponent(caseName)}/documents/${id}`;
  return href(path, page ? { page: String(page) } : {});
}

export function reasonOf(d: DocumentRow): string {
  if (!d.failure) return '';
  return `${d.failure.reason ?? d.failure.stage}: ${d.failure.message}`;
}

const helper = columnHelper<DocumentRow>();

function columns(caseName: string, onUntag: ((d: DocumentRow, tag: string) => void) | null) {
  return helper.columns([
    helper.accessor('file_name', {
      header: 'Document',
      cell: (info) => (
        <Link href={documentHref(caseName, info.row.original.id)}>{info.getValue()}</Link>
      ),
    }),
    helper.accessor('status', {
      header: 'Status',
      cell: (info) => <span className={`status status-${info.getValue()}`}>{info.getValue()}</span>,
    }),
    helper.accessor('media_type', { header: 'Type' }),
    helper.accessor('pages', { header: 'Pages' }),
    helper.accessor('tags', {
      header: 'Tags',
      cell: (info) => (
        <span className="tags">
          {info.getValue().map((tag) => (
            <span className="tag" key={tag}>
              {tag}
              {onUntag && (
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove tag ${tag} from ${info.row.original.file_name}`}
                  onClick={() => onUntag(info.row.original, tag)}
                >
                  ×
                </button>
              )}
            </span>
          ))}
        </span>
      ),
    }),
    helper.display({
      id: 'reason',
      header: 'Why it failed',
      cell: (info) => reasonOf(info.row.original),
    }),
  ]);
}

export function DocumentTable(props: {
  caseName: string;
  rows: DocumentRow[];
  onUntag: ((d: DocumentRow, tag: string) => void) | null;
}) {
  return (
    <DataTable
      caption={`Documents of case ${props.caseName}`}
      columns={columns(props.caseName, props.onUntag)}
      data={props.rows}
      rowId={(d) => d.id}
      height="45vh"
      empty="No document to show."
    />
  );
}
