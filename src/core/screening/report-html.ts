/**
 * The HTML report of a run, in pieces that a writer streams one after the other (a run can have
 * hits on hundreds of thousands of rows). Self-contained: styles inline, no scripts, no links
 * out, so that a reviewer can open it offline; every value from a file or a list is escaped.
 */
import type { EntityExample } from '../matching/index.js';
import { escapeHtml } from './report-escape.js';
import { displayName } from './row.js';
import type { RowIssue, RunInfo } from './types.js';

export { escapeHtml } from './report-escape.js';

/** Screen and print styles: a card never splits across pages, links print their address. */
const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:75em}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}h3{margin:.2em 0}.score{font-weight:bold;background:#222;color:#fff;padding:0 .35em;border-radius:3px}
.card{border:1px solid #999;border-radius:4px;padding:.6em .9em;margin:1em 0;break-inside:avoid;page-break-inside:avoid}
.held-card{border-style:dashed;background:#fafafa}.held{background:#eef4ff;padding:.3em .5em;margin:.3em 0}
.cmp{width:100%}.cmp td{width:42%}.cmp th:first-child{width:16%}.url{font-size:11px;color:#555;word-break:break-all}
.ex{margin:0;padding-left:1.2em;font-size:12px}.muted{color:#666}.warn{color:#a40}nav a{margin-right:1em}
@media print{body{margin:0;font-size:11px}nav,summary{display:none}details>*{display:block}a{color:#000;text-decoration:none}
h2{break-before:page;page-break-before:always}h2.first{break-before:auto;page-break-before:auto}}`;

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
  const idColumn = p.usedIdColumn ?? p.idColumn ?? null;
  if (run.kind === 'screen') {
    const how = p.idColumn ? ' (named with --id-column)' : idColumn ? ' (detected)' : '';
    const text = idColumn ? `${e(idColumn)}${how}` : 'none: rows are keyed by their line';
    rows.push(['Customer ID column', text]);
  }
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

/** The counts of the summary, from the run and what the report's writer counted. */
export interface ReportCounts {
  /** Rows (parties, in a rescreen) with no hit at all, raised or held back. */
  withoutHits: number | null;
}

export function reportStart(run: RunInfo, counts: ReportCounts): string {
  const title = `Screening run ${run.id}`;
  const n = (x: number) => x.toLocaleString('en-US');
  const without =
    counts.withoutHits === null
      ? 'not recorded (a rescreen keeps only parties with new hits)'
      : `<a href="#without-hits">${n(counts.withoutHits)}</a>`;
  const totals: [string, string][] = [
    [run.kind === 'rescreen' ? 'Parties screened' : 'Rows screened', n(run.rowsDone)],
    ['Hits raised', `<a href="#hits">${n(run.hits)}</a>`],
    ['Hits held back by false-positive decisions', `<a href="#held">${n(run.suppressed)}</a>`],
    ['Rows without hits', without],
    ['Rows keyed by their line (no or a repeated customer ID)', n(run.unkeyed ?? 0)],
    ['Rows with problems', `<a href="#problems">${n(run.issues)}</a>`],
  ];
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escapeHtml(title)}</h1>` +
    '<nav><a href="#hits">Hits</a><a href="#held">Held back</a><a href="#without-hits">Rows without hits</a>' +
    '<a href="#problems">Problems</a><a href="#parameters">Parameters</a></nav>' +
    `<h2 class="first">Summary</h2>${table(totals)}\n`
  );
}

/** The run's parameters, after the hits: what a reviewer reads first is what to decide. */
export function parametersSection(run: RunInfo): string {
  return `<h2 id="parameters">Parameters</h2>${table(parameters(run))}\n`;
}

/** The start of a section of cards; `empty` is said when it has none. */
export function sectionStart(id: string, title: string, note: string): string {
  return `<h2 id="${id}">${escapeHtml(title)}</h2><p class="muted">${escapeHtml(note)}</p>\n`;
}

export function emptySection(text: string): string {
  return `<p>${escapeHtml(text)}</p>\n`;
}

/** The listing of rows with no hit: their key, row and the name screened. */
export function withoutHitsStart(): string {
  return '<table><tr><th>Key</th><th>Row</th><th>Screened as</th></tr>\n';
}

export function withoutHitsRow(row: number, key: string | null, party: EntityExample | null) {
  const name = party
    ? `${escapeHtml(displayName(party))} <span class="muted">(${escapeHtml(party.schema)})</span>`
    : '';
  return `<tr><td>${escapeHtml(key ?? '')}</td><td>${row}</td><td>${name}</td></tr>\n`;
}

export function tableEnd(): string {
  return '</table>\n';
}

export function issuesStart(): string {
  return '<h2 id="problems">Rows with problems</h2><table><tr><th>Row</th><th>Problem</th><th>Screened</th></tr>\n';
}

export function issueRow(issue: RowIssue): string {
  const screened = issue.screened ? 'yes' : '<span class="warn">no</span>';
  return `<tr><td>${issue.row}</td><td>${escapeHtml(issue.message)}</td><td>${screened}</td></tr>\n`;
}

export function issuesEnd(): string {
  return '</table>\n';
}

export function reportEnd(): string {
  return '<p class="muted">Made by Dossier. Scores run from 0 to 1; see docs/matching.md. Rows are known by their key: the customer ID, or line:&lt;n&gt; (docs/screening.md).</p></body></html>\n';
}
