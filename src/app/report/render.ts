/**
 * The report as one HTML document. Nothing in it runs or fetches: no script, no external font,
 * stylesheet or image, and a Content-Security-Policy that forbids them anyway (scripts, plugins,
 * frames, forms, any request but the page images'), with the one stylesheet allowed by its hash,
 * so that hostile document text that slipped through escaping still could not execute.
 */
import { createHash } from 'node:crypto';
import { Html, html } from './html.js';
import { BoxStyles, renderPages } from './render-pages.js';
import {
  renderClaims,
  renderHeader,
  renderMentions,
  renderParties,
  renderTimeline,
} from './render-sections.js';
import { STYLE } from './style.js';
import type { ReportData } from './types.js';

/**
 * The policy: nothing by default; the stylesheet by its hash; images from data URIs, or also from
 * the folder beside the report when it has one.
 */
export function contentPolicy(style: string, imagesBeside: boolean): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  const img = imagesBeside ? "img-src 'self' data: file:" : 'img-src data:';
  return [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    img,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderReport(data: ReportData): string {
  return renderReportWithPolicy(data).html;
}

/**
 * The report and its Content-Security-Policy, so that a server sending the file can send the
 * same policy as a header (a meta tag cannot forbid everything a header can, frame-ancestors).
 */
export function renderReportWithPolicy(data: ReportData): { html: string; policy: string } {
  const styles = new BoxStyles();
  // The pages first: their boxes' positions go into the stylesheet.
  const pages = renderPages(data.pages, styles);
  const style = `${STYLE}\n${styles.css()}\n`;
  const beside = data.pages.some((p) => p.image !== null && !p.image.src.startsWith('data:'));
  const h = data.header;
  const title = h.title ? `${h.title} (${h.caseName})` : h.caseName;
  const policy = contentPolicy(style, beside);
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier report: ${title}</title>
<style>${new Html(style)}</style>
</head>
<body>
<header class="top"><h1>${title}</h1><div class="sub">Case ${h.caseName} · Dossier report made ${h.generatedAt}</div></header>
<nav class="toc"><a href="#case">Case</a><a href="#timeline">Timeline</a><a href="#parties">Parties</a><a href="#claims">Claims</a><a href="#mentions">Mentions</a><a href="#pages">Pages</a></nav>
<main>
${renderHeader(h, data.screening, data.notes)}
${renderTimeline(data.timeline)}
${renderParties(data.parties, data.screening)}
${renderClaims(data.claims)}
${renderMentions(data.mentions)}
<div id="pages"><h2>Pages</h2>
${pages}
</div>
</main>
</body>
</html>
`;
  return { html: doc.value, policy };
}
