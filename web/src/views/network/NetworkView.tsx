/**
 * The network around one party (/network/:id): its neighbours by relation type, expanded node by
 * node, large neighbourhoods summarised as "and N more"; or the ownership tree above it with the
 * share on each holding. Listed and exposed parties are coloured and say so in words; a shortest
 * path from the centre is highlighted; a date hides the edges that did not hold then; the drawing
 * exports as PNG and SVG. The side panel lists every party, so the view works by keyboard alone.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { href, navigate } from '../../app/router.js';
import type { ViewProps } from '../../app/routes.js';
import { ErrorNote } from '../../components/Notice.js';
import * as api from './api.js';
import { type CanvasHandle, GraphCanvas } from './GraphCanvas.js';
import { radialLayout, treeLayout } from './layout.js';
import {
  asOf,
  emptyModel,
  type GraphModel,
  mergeNeighbours,
  mergePath,
  modelFromOwners,
} from './model.js';
import { Controls, type Mode } from './Controls.js';
import { SidePanel } from './SidePanel.js';
import { toSvg } from './svg.js';
import { RELATIONS } from './types.js';
import './network.css';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function NetworkView({ params, location }: ViewProps) {
  const id = params.id!;
  const mode: Mode = location.query.get('mode') === 'owners' ? 'owners' : 'neighbours';
  const at = location.query.get('at') ?? '';
  const [relations, setRelations] = useState<string[]>([...RELATIONS]);
  const [model, setModel] = useState<GraphModel>(emptyModel(id));
  const [selected, setSelected] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [loading, setLoading] = useState(true);
  const canvas = useRef<CanvasHandle>(null);

  const setQuery = (changes: Record<string, string>) => {
    const query = Object.fromEntries(location.query);
    navigate(href(`/network/${encodeURIComponent(id)}`, { ...query, ...changes }));
  };

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    setHighlight(new Set());
    const load =
      mode === 'owners'
        ? api.owners(id, { at }).then((a) => modelFromOwners(a.tree))
        : api
            .neighbours(id, { relations, at })
            .then((a) => mergeNeighbours(emptyModel(a.centre.id), a));
    load
      .then((m) => {
        if (!live) return;
        setModel(m);
        setSelected(m.centre);
      }, setError)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, mode, at, relations]);

  const shown = useMemo(() => asOf(model, at || null), [model, at]);
  const positions = useMemo(
    () => (mode === 'owners' ? treeLayout(shown) : radialLayout(shown)),
    [shown, mode],
  );

  const expand = useCallback(
    async (nodeId: string) => {
      const node = model.nodes.get(nodeId);
      if (!node) return;
      try {
        const answer = node.more
          ? await api.neighbours(node.more.of, { relations: [node.more.type], limit: 200, at })
          : await api.neighbours(nodeId, { relations, at });
        setModel((m) => mergeNeighbours(m, answer));
        const added = answer.nodes.filter((n) => !model.nodes.has(n.id)).length;
        setNote(`${answer.centre.name}: ${added} parties added`);
      } catch (e) {
        setError(e);
      }
    },
    [model, relations, at],
  );

  const findPath = useCallback(
    async (target: string) => {
      try {
        const answer = await api.paths(model.centre, target, 4);
        if (!answer.shortest) {
          setNote(`No path from the centre to ${target} within 4 steps`);
          setHighlight(new Set());
          return;
        }
        const path = answer.shortest;
        setModel((m) => mergePath(m, path));
        setHighlight(new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]));
        setNote(
          `Shortest path: ${path.hops} steps, ${path.nodes.map((n) => n.caption).join(' → ')}`,
        );
      } catch (e) {
        setError(e);
      }
    },
    [model.centre],
  );

  const exportSvg = () =>
    download(
      new Blob([toSvg(shown, positions, highlight)], { type: 'image/svg+xml' }),
      `network-${id}.svg`,
    );
  const exportPng = async () => {
    const png = await canvas.current?.png();
    if (png) download(png, `network-${id}.png`);
    else setNote('PNG export needs the drawing (WebGL); SVG export works without it');
  };

  const centre = model.nodes.get(model.centre);
  return (
    <article className="network">
      <header>
        <h1>Network: {centre?.name ?? id}</h1>
        <p className="muted">
          {mode === 'owners'
            ? 'Owners above this party, each holding with its share. Dashed: a holding that closes a cycle, or owners not shown.'
            : 'Neighbours by relation type; choose a party and expand it. Exposure is as of today.'}
        </p>
      </header>
      <Controls
        mode={mode}
        onMode={(m) => setQuery({ mode: m === 'owners' ? 'owners' : '' })}
        relations={relations}
        onRelations={setRelations}
        at={at}
        onAt={(d) => setQuery({ at: d })}
        onPath={findPath}
        onExportSvg={exportSvg}
        onExportPng={exportPng}
      />
      <ErrorNote error={error} />
      <p role="status" className="network-note">
        {loading ? 'Loading…' : note}
      </p>
      <div className="network-body">
        <GraphCanvas
          model={shown}
          positions={positions}
          highlight={highlight}
          selected={selected}
          onSelect={setSelected}
          handle={canvas}
        />
        <SidePanel
          model={shown}
          selected={selected}
          highlight={highlight}
          onSelect={setSelected}
          onExpand={expand}
          onPath={findPath}
        />
      </div>
    </article>
  );
}
