/**
 * A case's workspace: its documents with statuses, tags and failures ("failed only" narrows
 * them), tag editing, the notes panel, and the offline report as a download. What the key's
 * role may not do (write notes, tag: screen) is not offered.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ErrorNote } from '../../components/Notice.js';
import type { ViewProps } from '../../app/routes.js';
import { useCan } from '../../session/session.js';
import * as api from './api.js';
import { DocumentTable } from './Documents.js';
import { NoteForm, NoteList } from './Notes.js';

export default function CaseView({ params }: ViewProps) {
  const caseName = params.case ?? '';
  const canWrite = useCan('screen');
  const [documents, setDocuments] = useState<api.DocumentRow[] | null>(null);
  const [notes, setNotes] = useState<api.NoteRow[]>([]);
  const [failedOnly, setFailedOnly] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    api.documents(caseName).then((a) => setDocuments(a.documents), setError);
    api.notes(caseName).then((a) => setNotes(a.notes), setError);
  }, [caseName]);
  useEffect(reload, [reload]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      reload();
    } catch (e) {
      setError(e);
    }
  };
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.downloadReport(caseName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const all = documents ?? [];
  const failed = all.filter((d) => d.status === 'failed');
  const shown = failedOnly ? failed : all;
  return (
    <section className="case-workspace">
      <div className="row">
        <h1>Case {caseName}</h1>
        <button type="button" onClick={download} disabled={busy}>
          {busy ? 'Preparing…' : 'Download report'}
        </button>
      </div>
      <ErrorNote error={error} />
      <h2>Documents</h2>
      <p className="muted">
        {all.length} documents, {failed.length} failed.{' '}
        <label>
          <input
            type="checkbox"
            checked={failedOnly}
            onChange={(e) => setFailedOnly(e.target.checked)}
          />{' '}
          Failed only
        </label>
      </p>
      {documents && (
        <DocumentTable
          caseName={caseName}
          rows={shown}
          onUntag={canWrite ? (d, tag) => act(() => api.setTag(caseName, d.id, tag, true)) : null}
        />
      )}
      {canWrite && documents && (
        <TagForm documents={all} onTag={(id, tag) => act(() => api.setTag(caseName, id, tag))} />
      )}
      <h2>Notes</h2>
      {canWrite && documents && (
        <NoteForm documents={all} onAdd={(note) => act(() => api.addNote(caseName, note))} />
      )}
      <NoteList
        caseName={caseName}
        notes={notes}
        documents={all}
        onRetract={canWrite ? (n) => act(() => api.retractNote(caseName, n.id)) : null}
      />
    </section>
  );
}

function TagForm(props: {
  documents: api.DocumentRow[];
  onTag: (documentId: string, tag: string) => Promise<void>;
}) {
  const [documentId, setDocumentId] = useState(props.documents[0]?.id ?? '');
  const [tag, setTag] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = documentId || props.documents[0]?.id;
    if (!chosen || tag.trim() === '') return;
    await props.onTag(chosen, tag.trim());
    setTag('');
  };
  return (
    <form className="row tag-form" onSubmit={submit} aria-label="Tag a document">
      <label htmlFor="tag-doc">Tag document</label>
      <select id="tag-doc" value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
        {props.documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.file_name}
          </option>
        ))}
      </select>
      <label htmlFor="tag-name">Tag</label>
      <input
        id="tag-name"
        value={tag}
        placeholder="contract, key, to-check"
        onChange={(e) => setTag(e.target.value)}
      />
      <button type="submit" disabled={tag.trim() === ''}>
        Add tag
      </button>
    </form>
  );
}
