/**
 * The text of a WordprocessingML document part, in reading order, with its tracked changes and
 * comment anchors gathered on the way.
 *
 * The body text is the document as it now stands, with every tracked change accepted: inserted
 * text (`w:ins`, `w:moveTo`) is in it, deleted text (`w:delText` in `w:del`, and `w:moveFrom`)
 * is not. Every change, insertions and deletions alike, is also recorded with its author and date,
 * so that nothing a reviewer typed or struck out is silently lost.
 */
import type { Attributes, XmlHandlers } from './package.js';

export interface Revision {
  kind: 'inserted' | 'deleted' | 'moved from' | 'moved to';
  author: string | null;
  date: string | null;
  text: string;
}

const REVISION_KINDS: Record<string, Revision['kind']> = {
  ins: 'inserted',
  del: 'deleted',
  moveFrom: 'moved from',
  moveTo: 'moved to',
};

export interface DocxBody {
  text: string;
  revisions: Revision[];
  /** The body text each comment is anchored on, by comment id. */
  anchors: Map<string, string>;
}

/** Handlers for `word/document.xml`, and the result once the part is parsed. */
export function docxBody(): { handlers: XmlHandlers; result: () => DocxBody } {
  let text = '';
  const revisions: Revision[] = [];
  const open: Revision[] = [];
  const anchorStarts = new Map<string, number>();
  const anchors = new Map<string, string>();
  let inText = false;
  // `mc:Fallback` repeats what `mc:Choice` holds (a text box drawn two ways): read once.
  let fallback = 0;

  const add = (t: string, deleted: boolean) => {
    const revision = open.at(-1);
    if (revision) revision.text += t;
    const moved = open.some((r) => r.kind === 'moved from');
    if (!deleted && !moved) text += t;
  };

  const handlers: XmlHandlers = {
    open(name: string, attrs: Attributes) {
      if (name === 'Fallback') fallback++;
      if (fallback > 0) return;
      const kind = REVISION_KINDS[name];
      if (kind)
        open.push({ kind, author: attrs.author ?? null, date: attrs.date ?? null, text: '' });
      else if (name === 't' || name === 'delText') inText = true;
      else if (name === 'tab') add('\t', false);
      else if (name === 'br' || name === 'cr') add('\n', false);
      else if (name === 'noBreakHyphen') add('-', false);
      else if (name === 'commentRangeStart' && attrs.id) anchorStarts.set(attrs.id, text.length);
      else if (name === 'commentRangeEnd' && attrs.id) {
        const start = anchorStarts.get(attrs.id);
        if (start !== undefined) anchors.set(attrs.id, text.slice(start).trim());
      }
    },
    close(name: string) {
      if (name === 'Fallback') {
        fallback--;
        return;
      }
      if (fallback > 0) return;
      if (name === 't' || name === 'delText') inText = false;
      else if (name === 'p') {
        text += '\n';
        const revision = open.at(-1);
        if (revision?.text && !revision.text.endsWith('\n')) revision.text += '\n';
      } else if (REVISION_KINDS[name]) {
        const revision = open.pop();
        const changed = revision?.text.trim();
        if (revision && changed) revisions.push({ ...revision, text: changed });
      }
    },
    text(t: string) {
      if (!inText || fallback > 0) return;
      // `w:delText` appears only in deleted runs; a `w:t` inside `w:del` is deleted too.
      add(
        t,
        open.some((r) => r.kind === 'deleted'),
      );
    },
  };
  return {
    handlers,
    result: () => ({ text: text.replace(/\n+$/, ''), revisions, anchors }),
  };
}

export interface Comment {
  id: string;
  author: string | null;
  date: string | null;
  text: string;
}

/** Handlers for `word/comments.xml`. */
export function docxComments(): { handlers: XmlHandlers; result: () => Comment[] } {
  const comments: Comment[] = [];
  let current: Comment | null = null;
  let inText = false;
  const handlers: XmlHandlers = {
    open(name, attrs) {
      if (name === 'comment') {
        current = {
          id: attrs.id ?? '',
          author: attrs.author ?? null,
          date: attrs.date ?? null,
          text: '',
        };
      } else if (name === 't') inText = true;
      else if (name === 'tab' && current) current.text += '\t';
      else if ((name === 'br' || name === 'cr') && current) current.text += '\n';
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'p' && current) current.text += '\n';
      else if (name === 'comment' && current) {
        comments.push({ ...current, text: current.text.trim() });
        current = null;
      }
    },
    text(t) {
      if (inText && current) current.text += t;
    },
  };
  return { handlers, result: () => comments };
}
