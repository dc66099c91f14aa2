/**
 * The HTML report of a run, in pieces that a writer streams one after the other (a run can have
 * hits on hundreds of thousands of rows). Self-contained: styles inline, no scripts, no links
 * out, so that a reviewer can open it offline; every value from a file or a list is escaped.
 */
import type { EntityExample } from '../matching/index.js';
import { displayName } from './row.js';
import type { Hit, RowIssue, RunInfo } from './types.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}section{border-top:2px solid #999;margin-top:1em}h3{margin:.6em 0 .2em}
.score{font-weight:bold}.ex{margin:0;padding-left:1.2em}.muted{color:#666}.warn{color:#a40}`;

function table(rows: [string, string][]): string {
  const body = rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`).join('');
  return `<table>${body}</table>`;
}

function parameters(run: RunInfo): [string, string][] {
  const p = run.params;
  const e = escapeHtml;
  const versions = Object.entries(run.versions).map(([d, v]) => `${e(d)} version ${v}`);
  const rows: [string, string][] = [
    ['Run', e(run.id)],
    ['Kind', e(run.kind)],
    ['Input', e(run.input)],
    ['Input SHA-256', e(run.inputSha256 ?? '')],
    ['Screened by', e(run.actor)],
    ['Started', e(run.startedAt)],
    ['Finished', e(run.finishedAt ?? '(not finished)')],
    ['Status', e(run.status)],
    ['Algorithm', e(p.algorithm)],
    ['Threshold', String(p.threshold)],
    ['Results per row', String(p.limit)],
    ['Datasets', e(p.dataset)],
    ['List versions', versions.join('<br>')],
  ];
  if (p.columns) {
    const mapped = Object.entries(p.columns).map(([h, t]) => `${e(h)} → ${e(t)}`);
    rows.push(['Columns', mapped.join('<br>')]);
    rows.push(['Columns not used', e((p.ignoredColumns ?? []).join(', ') || '(none)')]);
  }
  for (const [dataset, c] of Object.entries(p.changes ?? {})) {
    const what = `${c.mode}: ${c.entities} entities compared (version ${c.from ?? 'none'} → ${c.to})`;
    rows.push([`Changes in ${dataset}`, e(what)]);
  }
  return rows;
}

export function reportStart(run: RunInfo): string {
  const title = `Screening run ${run.id}`;
  const totals: [string, string][] = [
    ['Rows screened', run.rowsDone.toLocaleString('en-US')],
    ['Hits raised', run.hits.toLocaleString('en-US')],
    ['Hits held back by false-positive decisions', run.suppressed.toLocaleString('en-US')],
    ['Rows with problems', run.issues.toLocaleString('en-US')],
  ];
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escapeHtml(title)}</h1><h2>Parameters</h2>${table(parameters(run))}` +
    `<h2>Totals</h2>${table(totals)}<h2>Hits by row</h2>\n`
  );
}

function explanationList(hit: Hit): string {
  const items = Object.entries(hit.explanations).map(([feature, x]) => {
    const values = [x.query, x.candidate].map((v) => escapeHtml(v ?? '–')).join(' ↔ ');
    return (
      `<li><b>${escapeHtml(feature)}</b> ${x.score.toFixed(2)} × ${x.weight}: ` +
      `${escapeHtml(x.detail)} <span class="muted">(${values})</span></li>`
    );
  });
  return `<ul class="ex">${items.join('')}</ul>`;
}

function partyText(party: EntityExample | null): string {
  if (!party) return '';
  const props = Object.entries(party.properties)
    .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v.join('; '))}`)
    .join(' · ');
  return `<p class="muted">${escapeHtml(party.schema)} · ${props}</p>`;
}

/** One row's hits, best first; a rescreen's rows are parties of the portfolio. */
export function rowSection(
  row: number,
  party: EntityExample | null,
  hits: readonly Hit[],
  label = 'Row',
): string {
  const name = party ? displayName(party) : '';
  const body = hits
    .map(
      (h) =>
        `<tr><td class="score">${h.score.toFixed(2)}</td><td>${escapeHtml(h.entityId)}</td>` +
        `<td>${escapeHtml(h.caption)}</td><td>${escapeHtml(h.schema)}</td>` +
        `<td>${escapeHtml(h.datasets.join(', '))}</td><td>${explanationList(h)}</td></tr>`,
    )
    .join('');
  return (
    `<section id="row-${row}"><h3>${label} ${row}: ${escapeHtml(name)}</h3>${partyText(party)}` +
    `<table><tr><th>Score</th><th>Entity</th><th>Caption</th><th>Schema</th><th>Datasets</th>` +
    `<th>Evidence</th></tr>${body}</table></section>\n`
  );
}

export function noHits(): string {
  return '<p>No row scored at or above the threshold.</p>\n';
}

export function issuesStart(): string {
  return '<h2>Rows with problems</h2><table><tr><th>Row</th><th>Problem</th><th>Screened</th></tr>\n';
}

export function issueRow(issue: RowIssue): string {
  const screened = issue.screened ? 'yes' : '<span class="warn">no</span>';
  return `<tr><td>${issue.row}</td><td>${escapeHtml(issue.message)}</td><td>${screened}</td></tr>\n`;
}

export function issuesEnd(): string {
  return '</table>\n';
}

export function reportEnd(): string {
  return '<p class="muted">Made by Dossier. Scores run from 0 to 1; see docs/matching.md.</p></body></html>\n';
}
