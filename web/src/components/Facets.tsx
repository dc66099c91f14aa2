/**
 * Facet counts as toggle buttons: each value with how many results carry it. A pressed value
 * filters the search; pressing it again lifts the filter.
 */
import type { FacetValue } from '../api/types.js';

export interface FacetProps {
  name: string;
  label: string;
  values: FacetValue[];
  selected: readonly string[];
  onToggle(value: string): void;
  /** At most this many values are shown (the most frequent). */
  max?: number;
}

export function Facet({ name, label, values, selected, onToggle, max = 12 }: FacetProps) {
  // A selected value stays visible even when the filtered results no longer count it.
  const shown = values.slice(0, max);
  for (const s of selected) {
    if (!shown.some((v) => v.name === s)) shown.push({ name: s, label: s, count: 0 });
  }
  return (
    <fieldset className="facet" data-facet={name}>
      <legend>{label}</legend>
      {shown.length === 0 && <p className="muted">none</p>}
      <ul>
        {shown.map((v) => (
          <li key={v.name}>
            <button
              type="button"
              className="facet-value"
              aria-pressed={selected.includes(v.name)}
              onClick={() => onToggle(v.name)}
            >
              <span>{v.label}</span> <span className="count">{v.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
