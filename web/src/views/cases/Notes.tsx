/**
 * The notes panel: every note, oldest first, the retracted ones kept and marked; a note on a
 * document links to its page in the viewer; a key that may write adds and retracts notes.
 */
import { type FormEvent, useState } from 'react';
import { Link } from '../../components/Link.js';
import type { DocumentRow, NewNote, NoteRow } from './api.js';
import { documentHref } from './Documents.js';

export function NoteList(props: {
  caseName: string;
  notes: NoteRow[];
  documents: DocumentRow[];
  onRetract: ((note: NoteRow) => void) | null;
}) {
  const names = new Map(props.documents.map((d) => [d.id, d.file_name]));
  if (props.notes.length === 0) return <p className="muted">No note yet.</p>;
  return (
    <ol className="notes">
      {props.notes.map((n) => (
        <li key={n.id} className={n.status === 'retracted' ? 'retracted' : undefined}>
          <p>{n.status === 'retracted' ? <del>{n.text}</del> : n.text}</p>
          <p className="muted">
            {n.by} · {n.created_at.slice(0, 16).replace('T', ' ')}
            {n.document_id && (
              <>
                {' · '}
                <Link href={documentHref(props.caseName, n.document_id, n.page)}>
                  {names.get(n.document_id) ?? n.document_id.slice(0, 12)}
                  {n.page ? `, page ${n.page}` : ''}
                </Link>
              </>
            )}
            {n.status === 'retracted' && ` · retracted by ${n.retracted_by}`}
          </p>
          {props.onRetract && n.status === 'active' && (
            <button type="button" onClick={() => props.onRetract?.(n)}>
              Retract note {n.id}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

export function NoteForm(props: {
  documents: DocumentRow[];
  onAdd: (note: NewNote) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [page, setPage] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await props.onAdd({
        text,
        document_id: documentId || null,
        page: documentId && page ? Number(page) : null,
      });
      setText('');
      setPage('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="note-form" onSubmit={submit} aria-label="Add a note">
      <label htmlFor="note-text">Note</label>
      <textarea id="note-text" value={text} rows={3} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <label htmlFor="note-doc">On document</label>
        <select id="note-doc" value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
          <option value="">the case</option>
          {props.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.file_name}
            </option>
          ))}
        </select>
        <label htmlFor="note-page">Page</label>
        <input
          id="note-page"
          type="number"
          min={1}
          value={page}
          disabled={!documentId}
          onChange={(e) => setPage(e.target.value)}
        />
        <button type="submit" disabled={busy || text.trim() === ''}>
          Add note
        </button>
      </div>
    </form>
  );
}
