/**
 * Previous and next page and a page number to go to; also the keys "[" and "]" anywhere outside a
 * field, so that pages can be turned without reaching for the buttons.
 */
import { type FormEvent, useEffect, useState } from 'react';

export function PageNav({
  page,
  pages,
  onGo,
}: {
  page: number;
  pages: number;
  onGo(n: number): void;
}) {
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '[' && page > 1) onGo(page - 1);
      if (e.key === ']' && page < pages) onGo(page + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page, pages, onGo]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(typed);
    if (Number.isInteger(n) && n >= 1 && n <= pages) onGo(n);
  };
  return (
    <nav className="page-nav" aria-label="Pages">
      <button type="button" disabled={page <= 1} onClick={() => onGo(page - 1)}>
        Previous page
      </button>
      <form onSubmit={submit}>
        <label htmlFor="page-no">Page</label>{' '}
        <input
          id="page-no"
          type="number"
          min={1}
          max={pages}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />{' '}
        of {pages} <button type="submit">Go</button>
      </form>
      <button type="button" disabled={page >= pages} onClick={() => onGo(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
