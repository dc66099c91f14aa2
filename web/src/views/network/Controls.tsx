/** The view's controls: mode, relation types, the as-of date, a path to another party, export. */
import { type FormEvent, useState } from 'react';
import { RELATIONS } from './types.js';

export type Mode = 'neighbours' | 'owners';

export function Controls(props: {
  mode: Mode;
  onMode: (mode: Mode) => void;
  relations: string[];
  onRelations: (relations: string[]) => void;
  at: string;
  onAt: (at: string) => void;
  onPath: (to: string) => void;
  onExportSvg: () => void;
  onExportPng: () => void;
}) {
  const [to, setTo] = useState('');
  const toggle = (r: string) =>
    props.onRelations(
      props.relations.includes(r)
        ? props.relations.filter((x) => x !== r)
        : RELATIONS.filter((x) => x === r || props.relations.includes(x)),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to.trim()) props.onPath(to.trim());
  };
  return (
    <div className="network-controls">
      <fieldset>
        <legend>View</legend>
        {(['neighbours', 'owners'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="network-mode"
              checked={props.mode === m}
              onChange={() => props.onMode(m)}
            />
            {m === 'owners' ? 'Ownership tree' : 'Neighbours'}
          </label>
        ))}
      </fieldset>
      {props.mode === 'neighbours' && (
        <fieldset>
          <legend>Relations</legend>
          {RELATIONS.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                checked={props.relations.includes(r)}
                onChange={() => toggle(r)}
              />
              {r}
            </label>
          ))}
        </fieldset>
      )}
      <label className="network-at">
        As of
        <input type="date" value={props.at} onChange={(e) => props.onAt(e.target.value)} />
      </label>
      <form onSubmit={submit} className="network-path">
        <label>
          Path to (party id)
          <input value={to} onChange={(e) => setTo(e.target.value)} placeholder="ofac-16865" />
        </label>
        <button type="submit">Find path</button>
      </form>
      <div className="network-export">
        <button type="button" onClick={props.onExportPng}>
          Export PNG
        </button>
        <button type="button" onClick={props.onExportSvg}>
          Export SVG
        </button>
      </div>
    </div>
  );
}
