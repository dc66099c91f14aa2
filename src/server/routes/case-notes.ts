/**
 * The case workspace over HTTP: reporters' notes (listed, written, retracted: never deleted, as
 * the audit trail keeps both), document tags set and taken off, and the case's offline report as
 * a download. Writes need the `screen` role, the least that may change anything: `read` keys
 * only look things up, and a note or tag is a reviewer's act recorded in the audit trail, as a
 * decision on a hit is. The author is the API key (src/server/actor.ts).
 */
import { noteJson } from '../../app/documents/index.js';
import { actorOf } from '../actor.js';
import type { Handler, ServerDeps } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { json, type Reply, readJson } from '../http.js';
import { parseParams } from '../params.js';
import { checkBody, NO_QUERY, NOTE_BODY, NOTES_QUERY, REPORT_QUERY } from '../schemas/index.js';

function notesOf(deps: ServerDeps) {
  if (!deps.documents)
    throw new NotFound('this server keeps no cases (it was started without them)');
  return deps.documents.notes;
}

export const caseNotesRoute: Handler = async (deps, ctx) => {
  const { document_id, status } = parseParams(ctx.query, NOTES_QUERY);
  const caseName = ctx.captures[0]!;
  const notes = await notesOf(deps).list(caseName, {
    ...(document_id === null ? {} : { documentId: document_id }),
    ...(status === 'active' ? { retracted: false } : {}),
  });
  return json({ case: caseName, notes: notes.map(noteJson) });
};

export const addNoteRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const body = checkBody(NOTE_BODY, await readJson(ctx.req, deps.config.maxBodyBytes));
  const caseName = ctx.captures[0]!;
  const note = await notesOf(deps).add(caseName, {
    text: body.text,
    documentId: body.document_id ?? null,
    page: body.page ?? null,
    start: body.start ?? null,
    end: body.end ?? null,
    actor: actorOf(ctx.key),
  });
  return json(noteJson(note), 201);
};

export const retractNoteRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const [caseName, id] = ctx.captures as [string, string];
  if (!/^[1-9][0-9]{0,14}$/.test(id))
    throw new BadRequest(`a note ID is a whole number, not "${id}"`);
  const note = await notesOf(deps).retract(caseName, Number(id), actorOf(ctx.key));
  return json(noteJson(note));
};

const tagRoute =
  (remove: boolean): Handler =>
  async (deps, ctx) => {
    parseParams(ctx.query, NO_QUERY);
    const [caseName, id, tag] = ctx.captures as [string, string, string];
    const change = await notesOf(deps).tag(caseName, id, tag, actorOf(ctx.key), { remove });
    return json({
      document_id: change.documentId,
      tag: change.tag,
      changed: change.changed,
      tags: change.tags,
    });
  };

export const putTagRoute = tagRoute(false);
export const deleteTagRoute = tagRoute(true);

/**
 * The report `dossier report` writes, with its page images inside, as a file to save: its own
 * strict policy as a header too, and nosniff, so that it is never run as anything but itself.
 */
export const caseReportRoute: Handler = async (deps, ctx): Promise<Reply> => {
  const { threshold } = parseParams(ctx.query, REPORT_QUERY);
  const caseName = ctx.captures[0]!;
  if (!deps.documents || !deps.caseReport) {
    throw new NotFound('this server keeps no cases (it was started without them)');
  }
  await deps.documents.requireCase(caseName);
  const { html, policy } = await deps.caseReport(caseName, threshold);
  const file = `${caseName.replace(/[^\p{L}\p{N}._-]/gu, '_')}-report.html`;
  return {
    status: 200,
    body: html,
    contentType: 'text/html; charset=utf-8',
    headers: {
      'content-disposition': `attachment; filename="${file.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  };
};
