/**
 * A page's stored text with its mentions highlighted by kind and the requested span marked. Each
 * mention is a button (keyboard-reachable) that says which mention it is; where mentions overlap,
 * a run of text belongs to the narrowest one covering it.
 */
import type { ReactNode } from 'react';
import type { MentionJson } from '../../api/documents.js';
import { groupOf, type Mark, runs } from './marks.js';

export const REQUESTED = 'requested';
/** The id of the first piece of the requested span, which the viewer scrolls into view. */
export const REQUESTED_ID = 'requested-span';

export interface PageTextProps {
  text: string;
  mentions: readonly MentionJson[];
  requested: { start: number; end: number } | null;
  selected: string | null;
  onSelect(id: string): void;
}

export function PageText({ text, mentions, requested, selected, onSelect }: PageTextProps) {
  const marks: Mark[] = mentions.map((m) => ({
    id: m.id,
    start: m.start,
    end: m.end,
    kind: m.kind,
  }));
  if (requested) marks.push({ id: REQUESTED, kind: REQUESTED, ...requested });
  let firstRequested = true;
  if (text.trim() === '') return <p className="muted">No text was read from this page.</p>;
  return (
    <pre className="page-text">
      {runs(text, marks).map((run) => {
        const mention = run.marks.find((m) => m.id !== REQUESTED);
        const inRequest = run.marks.some((m) => m.id === REQUESTED);
        let piece: ReactNode = run.text;
        if (mention && run.text !== '\n') {
          const cls = `mention kind-${groupOf(mention.kind)}${mention.id === selected ? ' selected' : ''}`;
          piece = (
            <button
              type="button"
              className={cls}
              data-mention={mention.id}
              aria-pressed={mention.id === selected}
              title={mention.kind}
              onClick={() => onSelect(mention.id)}
            >
              {run.text}
            </button>
          );
        }
        if (inRequest) {
          const id = firstRequested ? REQUESTED_ID : undefined;
          firstRequested = false;
          piece = (
            <mark className="requested" id={id}>
              {piece}
            </mark>
          );
        }
        return <span key={run.start}>{piece}</span>;
      })}
    </pre>
  );
}
