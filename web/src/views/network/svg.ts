/**
 * The drawing as SVG, written from the model and the layout rather than read off the canvas, so
 * that it is small, vector and has its text as text: a line per edge with its share, a circle per
 * node in its status colour with its name and status in words, and the legend.
 */
import {
  edgeLabel,
  type GraphModel,
  nodeLabel,
  STATUS_COLOUR,
  STATUS_LABEL,
  type Status,
  statusOf,
} from './model.js';
import type { Positions } from './layout.js';

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );

const SCALE = 160;
const MARGIN = 120;

export function toSvg(
  model: GraphModel,
  positions: Positions,
  highlight: ReadonlySet<string> = new Set(),
): string {
  const points = [...model.nodes.keys()].map((id) => positions.get(id) ?? { x: 0, y: 0 });
  const minX = Math.min(0, ...points.map((p) => p.x));
  const maxX = Math.max(0, ...points.map((p) => p.x));
  const maxY = Math.max(0, ...points.map((p) => p.y));
  const minY = Math.min(0, ...points.map((p) => p.y));
  const width = Math.round((maxX - minX) * SCALE + 2 * MARGIN);
  const legendHeight = 24 * 5;
  const height = Math.round((maxY - minY) * SCALE + 2 * MARGIN + legendHeight);
  // y points up in the layout and down in SVG.
  const at = (id: string) => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    return { x: (p.x - minX) * SCALE + MARGIN, y: (maxY - p.y) * SCALE + MARGIN };
  };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  for (const edge of model.edges.values()) {
    if (!model.nodes.has(edge.source) || !model.nodes.has(edge.target)) continue;
    const a = at(edge.source);
    const b = at(edge.target);
    const on = highlight.has(edge.id);
    const dash = edge.summary || edge.cycle ? ' stroke-dasharray="4 4"' : '';
    out.push(
      `<line data-edge="${xml(edge.id)}" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${on ? '#0b57d0' : '#8c959f'}" stroke-width="${on ? 4 : 1.5}"${dash}/>`,
    );
    const label = edgeLabel(edge);
    if (label) {
      const mx = ((a.x + b.x) / 2).toFixed(1);
      const my = ((a.y + b.y) / 2).toFixed(1);
      out.push(
        `<text x="${mx}" y="${my}" fill="#1b1f24" text-anchor="middle">${xml(label)}</text>`,
      );
    }
  }
  for (const node of model.nodes.values()) {
    const p = at(node.id);
    const status = statusOf(node);
    const r = node.id === model.centre ? 12 : 8;
    const ring = highlight.has(node.id) ? ' stroke="#0b57d0" stroke-width="3"' : '';
    out.push(
      `<g data-node="${xml(node.id)}"><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" fill="${STATUS_COLOUR[status]}"${ring}/>`,
      `<text x="${(p.x + r + 4).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" fill="#1b1f24">${xml(nodeLabel(node))}</text></g>`,
    );
  }
  const legendTop = height - legendHeight + 8;
  (['listed', 'exposed', 'possibly', 'other', 'more'] as Status[]).forEach((s, i) => {
    const y = legendTop + i * 22;
    out.push(
      `<circle cx="${MARGIN / 4 + 6}" cy="${y}" r="6" fill="${STATUS_COLOUR[s]}"/>`,
      `<text x="${MARGIN / 4 + 18}" y="${y + 4}" fill="#1b1f24">${xml(STATUS_LABEL[s])}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
