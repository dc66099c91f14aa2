/**
 * The drawing: the model put into a graphology graph and rendered by sigma (WebGL), nodes in their
 * status colour with the status in words in the label, holdings labelled with their share, the
 * path highlighted. The only module that imports sigma and graphology, and it is reached only from
 * the lazily loaded network view, so that neither is in the first view's bundle.
 */
import { MultiDirectedGraph } from 'graphology';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Positions } from './layout.js';
import { edgeLabel, type GraphModel, nodeLabel, STATUS_COLOUR, statusOf } from './model.js';

export interface CanvasHandle {
  /** The drawing as it stands, as a PNG (null when WebGL is not available). */
  png(): Promise<Blob | null>;
}

export function GraphCanvas({
  model,
  positions,
  highlight,
  selected,
  onSelect,
  handle,
}: {
  model: GraphModel;
  positions: Positions;
  highlight: ReadonlySet<string>;
  selected: string | null;
  onSelect: (id: string) => void;
  handle: Ref<CanvasHandle>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const graph = new MultiDirectedGraph();
    for (const node of model.nodes.values()) {
      const p = positions.get(node.id) ?? { x: 0, y: 0 };
      const on = highlight.has(node.id) || node.id === selected;
      graph.addNode(node.id, {
        x: p.x,
        y: p.y,
        label: nodeLabel(node),
        size: node.id === model.centre ? 14 : on ? 11 : 8,
        color: STATUS_COLOUR[statusOf(node)],
        forceLabel: true,
        highlighted: on,
      });
    }
    for (const edge of model.edges.values()) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      const on = highlight.has(edge.id);
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
        label: edgeLabel(edge),
        size: on ? 4 : 1.5,
        color: on ? '#0b57d0' : edge.summary || edge.cycle ? '#c4cad0' : '#8c959f',
        type: 'arrow',
      });
    }
    try {
      const sigma = new Sigma(graph, container.current, {
        renderEdgeLabels: true,
        labelSize: 13,
        labelColor: { color: '#1b1f24' },
        edgeLabelColor: { color: '#1b1f24' },
        labelRenderedSizeThreshold: 0,
      });
      sigma.on('clickNode', ({ node }) => select.current(node));
      renderer.current = sigma;
      setFailure(null);
    } catch (error) {
      // No WebGL (an old or locked-down browser): the side panel and the SVG export still work.
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => {
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [model, positions, highlight, selected]);

  useImperativeHandle(handle, () => ({
    async png() {
      const sigma = renderer.current;
      if (!sigma) return null;
      // Drawn again and copied in the same task, before the WebGL buffers are cleared.
      sigma.refresh();
      const layers = sigma.getCanvases();
      const first = Object.values(layers)[0];
      if (!first) return null;
      const out = document.createElement('canvas');
      out.width = first.width;
      out.height = first.height;
      const ctx = out.getContext('2d');
      if (!ctx) return null;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const layer of ['edges', 'edgeLabels', 'nodes', 'labels']) {
        const canvas = layers[layer];
        if (canvas) ctx.drawImage(canvas, 0, 0);
      }
      return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
    },
  }));

  return (
    <div className="network-canvas-wrap">
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label="The network drawing; the list of parties beside it gives the same, by keyboard"
      />
      {failure && (
        <p className="muted" role="status">
          The drawing needs WebGL ({failure}); the list of parties and the SVG export still work.
        </p>
      )}
    </div>
  );
}
