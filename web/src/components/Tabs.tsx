/**
 * Tabs as the WAI-ARIA pattern has them: a tablist of buttons, the selected one in the tab order,
 * ←/→ (and Home/End) moving between them, each tab labelling its panel. The caller keeps which
 * tab is selected (in the address, or in state), so a tab can be linked to.
 */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
}

export interface TabsProps {
  /** Prefix of the element IDs, unique on the page. */
  name: string;
  label: string;
  tabs: readonly TabDef[];
  selected: string;
  onSelect(id: string): void;
  children: ReactNode;
}

export function Tabs({ name, label, tabs, selected, onSelect, children }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (i + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${name}-tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`${name}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${name}-panel`}
        aria-labelledby={`${name}-tab-${selected}`}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>
  );
}
