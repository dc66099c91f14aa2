/**
 * Screening: upload a portfolio (CSV, XLSX or JSON lines) as a job, and the jobs the key may see,
 * newest first, each opening its progress and review queue.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { catalog, jobs as fetchJobs, submitJob } from '../../api/client.js';
import type { DatasetJson, JobJson } from '../../api/types.js';
import { href, navigate } from '../../app/router.js';
import { columnHelper, DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';

const helper = columnHelper<JobJson>();
const JOB_COLUMNS = helper.columns([
  helper.accessor('id', {
    header: 'Job',
    cell: (info) => (
      <Link href={href(`/screening/${encodeURIComponent(info.getValue())}`)}>
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor('status', { header: 'Status' }),
  helper.accessor('rows_done', { header: 'Rows' }),
  helper.accessor('hits', { header: 'Hits' }),
  helper.accessor('issues', { header: 'Issues' }),
  helper.accessor('by', { header: 'By' }),
  helper.accessor('dataset', { header: 'Lists' }),
]);

export default function JobsView() {
  const [list, setList] = useState<JobJson[] | null>(null);
  const [datasets, setDatasets] = useState<DatasetJson[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    fetchJobs().then((a) => setList([...a.jobs].reverse()), setError);
    catalog().then((c) => setDatasets(c.datasets), setError);
  }, []);
  return (
    <section>
      <h1>Screening</h1>
      <Upload datasets={datasets} />
      <h2>Jobs</h2>
      <ErrorNote error={error} />
      {list && (
        <DataTable
          caption="Screening jobs"
          columns={JOB_COLUMNS}
          data={list}
          rowId={(j) => j.id}
          height="40vh"
          empty="No job yet: upload a portfolio above."
        />
      )}
    </section>
  );
}

function Upload({ datasets }: { datasets: DatasetJson[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [dataset, setDataset] = useState('default');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const job = await submitJob(file, dataset);
      navigate(href(`/screening/${encodeURIComponent(job.id)}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="upload" onSubmit={submit} aria-labelledby="h-upload">
      <h2 id="h-upload">Screen a portfolio</h2>
      <p className="muted">
        A CSV, XLSX or JSON-lines file with a column of names; a customer ID column keys hits and
        decisions (see docs/screening.md).
      </p>
      <div className="row">
        <label htmlFor="portfolio">Portfolio file</label>
        <input
          id="portfolio"
          type="file"
          accept=".csv,.xlsx,.jsonl,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor="dataset">Against</label>
        <select id="dataset" value={dataset} onChange={(e) => setDataset(e.target.value)}>
          {datasets.length === 0 && <option value="default">every loaded list</option>}
          {datasets.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name === 'default' ? 'every loaded list' : `${d.name} (version ${d.version})`}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!file || busy}>
          {busy ? 'Uploading…' : 'Screen'}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
