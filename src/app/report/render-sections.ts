/**
 * The report's sections above the evidence: the case's header (counts, failed files, lists), the
 * timeline, the parties with their list matches, the claims and the mentions, each statement with
 * links to the spans it rests on.
 */
import { type Html, html, join } from './html.js';
import type {
  DocumentMentions,
  EvidenceLink,
  ReportClaim,
  ReportHeader,
  ReportParty,
  Screening,
  Timeline,
  TimelineEntry,
} from './types.js';

/** A party named on hundreds of pages links to the first few; the Mentions section has them all. */
const MAX_LINKS = 12;

function links(evidence: readonly EvidenceLink[]): Html {
  if (evidence.length === 0) return html`<span class="muted">no evidence in the case</span>`;
  const more = evidence.length - MAX_LINKS;
  return join([
    ...evidence
      .slice(0, MAX_LINKS)
      .map(
        (e) =>
          html`<a class="ev" href="#${e.anchor}" title="${e.kind}: ${e.text}">${e.kind} · ${e.fileName} p.${e.page}</a>`,
      ),
    more > 0 ? html`<span class="muted">and ${more} more (see Mentions)</span>` : '',
  ]);
}

export function renderHeader(h: ReportHeader, screening: Screening, notes: string[]): Html {
  const c = h.counts;
  const failed =
    h.failed.length === 0
      ? html`<p>No file failed.</p>`
      : html`<h3>Failed files (${h.failed.length})</h3><table><tr><th>file</th><th>step</th><th>reason</th><th>message</th></tr>${h.failed.map(
          (f) =>
            html`<tr><td>${f.fileName} <span class="muted">${f.id.slice(0, 12)}</span></td><td>${f.stage}</td><td>${f.reason ?? ''}</td><td>${f.message}</td></tr>`,
        )}</table>`;
  const lists = screening.screened
    ? html`<p class="ok">Parties screened against ${join(
        screening.lists.map(
          (l) => html`<b>${l.dataset}</b> version ${l.version} (loaded ${l.loaded_at})`,
        ),
        ', ',
      )}, threshold ${screening.threshold}.</p>`
    : html`<p class="warn"><b>Parties were not screened</b> against any sanctions list: ${screening.reason}. The parties below have no list matches because none was looked for, not because they are clear.</p>`;
  return html`<section id="case"><h2>Case</h2>
<table><tr><th>created</th><td>${h.createdAt}</td></tr><tr><th>report made</th><td>${h.generatedAt}</td></tr>
<tr><th>documents</th><td>${c.total}: ${c.processed} processed, ${c.failed} failed, ${c.pending} pending</td></tr></table>
${lists}${failed}${notes.map((n) => html`<p class="warn">${n}</p>`)}</section>`;
}

function dateCell(e: TimelineEntry): Html {
  if (e.ambiguous.length === 0) return html`${e.date}`;
  return html`${e.date} <span class="amb" title="ambiguous: could also be ${e.ambiguous.join(', ')}">? or ${e.ambiguous.join(', ')}</span>`;
}

function timelineRows(entries: readonly TimelineEntry[]): Html {
  return html`<table><tr><th>date</th><th>what</th><th>from</th><th>evidence</th></tr>${entries.map(
    (e) =>
      html`<tr><td class="date">${dateCell(e)}</td><td>${e.title}</td><td><span class="pill ${e.source}">${e.source}</span></td><td>${links(e.evidence)}</td></tr>`,
  )}</table>`;
}

export function renderTimeline(t: Timeline): Html {
  if (t.entries.length === 0) {
    return html`<section id="timeline"><h2>Timeline</h2><p class="muted">No dated claim, and no date on a page naming money or a party.</p></section>`;
  }
  const fromMentions = t.entries[0]!.source === 'mention';
  const lead = fromMentions
    ? html`<p class="muted">No dated claim yet: these are dates written on pages that also name money or a party, with the nearest of each. A date beside a name is not a claim that something happened on it.</p>`
    : '';
  const others =
    t.others.length > 0
      ? html`<details><summary>Other dated mentions (${t.others.length}) no claim rests on</summary>${timelineRows(t.others)}</details>`
      : '';
  return html`<section id="timeline"><h2>Timeline</h2>${lead}${timelineRows(t.entries)}${others}</section>`;
}

function identifiers(ids: Record<string, string[]>): Html {
  const parts = Object.entries(ids).map(
    ([k, v]) => html`<span class="pill">${k} ${v.join(', ')}</span>`,
  );
  return join(parts);
}

function matchesCell(p: ReportParty): Html {
  if (p.matches === null) return html`<span class="muted">not screened</span>`;
  if (p.matches.length === 0)
    return html`<span class="muted">no match at or above the threshold</span>`;
  return join(
    p.matches.map(
      (m) =>
        html`<div><span class="pill match">${m.score.toFixed(2)}</span><b>${m.caption}</b> <span class="muted">${m.id} · ${m.datasets.join(', ')}</span></div>`,
    ),
  );
}

export function renderParties(parties: readonly ReportParty[], screening: Screening): Html {
  const note = screening.screened
    ? ''
    : html`<p class="warn">Not screened: no list was loaded when this report was made.</p>`;
  if (parties.length === 0) {
    return html`<section id="parties"><h2>Parties</h2>${note}<p class="muted">No organisation or person was found in the case.</p></section>`;
  }
  return html`<section id="parties"><h2>Parties (${parties.length})</h2>${note}
<table><tr><th>party</th><th>identifiers</th><th>list matches</th><th>mentioned</th></tr>${parties.map(
    (p) =>
      html`<tr><td><b>${p.names[0] ?? ''}</b> <span class="muted">${p.schema}</span>${p.names.length > 1 ? html`<div class="muted">also: ${p.names.slice(1).join('; ')}</div>` : ''}</td><td>${identifiers(p.identifiers)}</td><td>${matchesCell(p)}</td><td>${links(p.mentions)}</td></tr>`,
  )}</table></section>`;
}

export function renderClaims(claims: readonly ReportClaim[]): Html {
  if (claims.length === 0) {
    return html`<section id="claims"><h2>Claims</h2><p class="muted">No claim has been extracted for this case yet: the timeline and parties rest on mentions.</p></section>`;
  }
  return html`<section id="claims"><h2>Claims (${claims.length})</h2>
<table><tr><th>claim</th><th>facts</th><th>status</th><th>evidence</th></tr>${claims.map(
    (c) =>
      html`<tr><td><b>${c.kind}</b>: <span title="${c.subject}">${c.subjectName}</span>${c.object !== null ? html` → <span title="${c.object}">${c.objectName ?? c.object}</span>` : ''}</td><td>${Object.entries(
        c.properties,
      ).map(
        ([k, v]) => html`<div>${k}: ${v.join(', ')}</div>`,
      )}</td><td>${c.status}${c.note ? html`<div class="muted">${c.note}</div>` : ''}</td><td>${links(c.evidence)}</td></tr>`,
  )}</table></section>`;
}

export function renderMentions(documents: readonly DocumentMentions[]): Html {
  if (documents.length === 0) {
    return html`<section id="mentions"><h2>Mentions</h2><p class="muted">Nothing was found in the case's pages.</p></section>`;
  }
  return html`<section id="mentions"><h2>Mentions</h2>${documents.map(
    (d) =>
      html`<details><summary>${d.fileName} <span class="muted">${d.documentId.slice(0, 12)} · ${d.mentions.length} mentions</span></summary><table><tr><th>kind</th><th>text</th><th>value</th><th>evidence</th></tr>${d.mentions.map(
        (m) =>
          html`<tr><td>${m.kind}</td><td>${m.text}</td><td>${m.value}</td><td>${links([m])}</td></tr>`,
      )}</table></details>`,
  )}</section>`;
}
