/**
 * The cases: each with its documents, failures, pages, claims and when a document was last
 * added, each opening its workspace.
 */
import { useEffect, useState } from 'react';
import { href } from '../../app/router.js';
import { columnHelper, DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';
import { type CaseRow, cases as fetchCases } from './api.js';

const helper = columnHelper<CaseRow>();
export const CASE_COLUMNS = helper.columns([
  helper.accessor('name', {
    header: 'Case',
    cell: (info) => (
      <Link href={href(`/cases/${encodeURIComponent(info.getValue())}`)}>
        {info.row.original.title
          ? `${info.row.original.title} (${info.getValue()})`
          : info.getValue()}
      </Link>
    ),
  }),
  helper.accessor('documents', { header: 'Documents' }),
  helper.accessor('failed', {
    header: 'Failed',
    cell: (info) => (info.getValue() > 0 ? <strong>{info.getValue()}</strong> : 0),
  }),
  helper.accessor('pages', { header: 'Pages' }),
  helper.accessor('claims', { header: 'Claims' }),
  helper.accessor('notes', { header: 'Notes' }),
  helper.accessor('last_added_at', {
    header: 'Last added',
    cell: (info) => info.getValue()?.slice(0, 16).replace('T', ' ') ?? '—',
  }),
]);

export function CaseList({ rows }: { rows: CaseRow[] }) {
  return (
    <DataTable
      caption="Cases"
      columns={CASE_COLUMNS}
      data={rows}
      rowId={(c) => c.name}
      height="60vh"
      empty="No case yet: create one with dossier case create <case>, then dossier add."
    />
  );
}

export default function CasesView() {
  const [rows, setRows] = useState<CaseRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    fetchCases().then((a) => setRows(a.cases), setError);
  }, []);
  return (
    <section>
      <h1>Cases</h1>
      <ErrorNote error={error} />
      {rows && <CaseList rows={rows} />}
    </section>
  );
}
