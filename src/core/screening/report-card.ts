/**
 * One hit as a card a reviewer can decide from: the screened row's values beside the listed
 * party's names, dates of birth, countries, identifiers, programmes, the list versions it was
 * screened against and a link to the official record; a held-back hit also shows its decision.
 * Every value from a file or a list is escaped.
 */
import type { EntityExample } from '../matching/index.js';
import type { FtmEntity } from '../model/index.js';
import { recordLink } from './record-links.js';
import { compareFacts, sourceUrls } from './report-facts.js';
import { escapeHtml as e } from './report-escape.js';
import { displayName } from './row.js';
import type { Hit } from './types.js';

/** The decision that held a hit back, as the card shows it. */
export interface HeldBy {
  id: number;
  decision: string;
  actor: string;
  reason: string;
  decidedAt: string;
}

export interface CardInput {
  hit: Hit;
  /** The screened row's values (the portfolio's party). */
  party: EntityExample | null;
  /** The listed party as the lists have it now, and its Sanction entities. */
  listed: FtmEntity | null;
  sanctions: readonly FtmEntity[];
  /** The list versions the run screened against, by dataset. */
  versions: Record<string, number>;
  heldBy?: HeldBy | null;
  /** "Row" for a screen, "Party" for a rescreen. */
  label?: string;
}

const list = (values: readonly string[]) =>
  values.length === 0 ? '<span class="muted">–</span>' : values.map(e).join('<br>');

function explanations(hit: Hit): string {
  const items = Object.entries(hit.explanations).map(([feature, x]) => {
    const values = [x.query, x.candidate].map((v) => e(v ?? '–')).join(' ↔ ');
    return (
      `<li><b>${e(feature)}</b> ${x.score.toFixed(2)} × ${x.weight}: ` +
      `${e(x.detail)} <span class="muted">(${values})</span></li>`
    );
  });
  return `<ul class="ex">${items.join('')}</ul>`;
}

function listsRow(hit: Hit, versions: Record<string, number>): string {
  const lists = hit.datasets.map((d) =>
    versions[d] === undefined ? e(d) : `${e(d)} <span class="muted">version ${versions[d]}</span>`,
  );
  return `<tr><th>Lists</th><td></td><td>${lists.join('<br>') || '–'}</td></tr>`;
}

function linkRow(input: CardInput): string {
  const link = recordLink(input.hit.entityId, sourceUrls(input.listed, input.sanctions));
  const cell = link
    ? `<a href="${e(link.url)}">${e(link.label)}</a><br><span class="url">${e(link.url)}</span>`
    : '<span class="muted">no official page known for this list</span>';
  return `<tr><th>Official record</th><td></td><td>${cell}</td></tr>`;
}

function heldRow(held: HeldBy | null | undefined): string {
  if (!held) return '';
  return (
    `<p class="held">Held back by decision ${held.id}: <b>${e(held.decision)}</b> by ` +
    `${e(held.actor)} on ${e(held.decidedAt)}: “${e(held.reason)}”</p>`
  );
}

/** The card of one hit. */
export function hitCard(input: CardInput): string {
  const { hit, party } = input;
  const label = input.label ?? 'Row';
  const key = hit.key
    ? `${e(hit.key)} <span class="muted">(${label.toLowerCase()} ${hit.row})</span>`
    : `${label} ${hit.row}`;
  const facts = compareFacts(party, input.listed, input.sanctions)
    .map(
      (f) => `<tr><th>${e(f.label)}</th><td>${list(f.query)}</td><td>${list(f.listed)}</td></tr>`,
    )
    .join('');
  const gone = input.listed
    ? ''
    : '<p class="warn">The entry is no longer in the loaded lists.</p>';
  return (
    `<article class="card${input.heldBy ? ' held-card' : ''}" id="hit-${hit.row}-${e(hit.entityId)}">` +
    `<h3><span class="score">${hit.score.toFixed(2)}</span> ${key}: ` +
    `${e(party ? displayName(party) : '')} ↔ ${e(hit.caption)}</h3>` +
    `<p class="muted">${e(hit.entityId)} · ${e(hit.schema)}${party ? ` · screened as ${e(party.schema)}` : ''}</p>` +
    heldRow(input.heldBy) +
    gone +
    `<table class="cmp"><tr><th></th><th>Screened row</th><th>Listed party</th></tr>${facts}` +
    `${listsRow(hit, input.versions)}${linkRow(input)}</table>` +
    `<details open><summary>How the score was made</summary>${explanations(hit)}</details>` +
    '</article>\n'
  );
}
