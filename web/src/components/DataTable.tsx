/**
 * A table of any length: TanStack Table (v9) gives the rows and cells, TanStack Virtual renders
 * only those in view, with spacer rows above and below, so that 100,000 rows cost what 30 do and
 * the markup stays a real <table> that screen readers can walk.
 */
import {
  type ColumnDef,
  createColumnHelper,
  type RowData,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

export const features = tableFeatures({});
export type Features = typeof features;
// biome-ignore lint/suspicious/noExplicitAny: columns of different value types in one list, as TanStack types them
export type Columns<T extends RowData> = readonly ColumnDef<Features, T, any>[];

/** The helper that types a view's columns for DataTable. */
export function columnHelper<T extends RowData>() {
  return createColumnHelper<Features, T>();
}

export interface DataTableProps<T extends RowData> {
  /** What the table lists, for its caption (read by screen readers). */
  caption: string;
  columns: Columns<T>;
  data: T[];
  rowId: (row: T) => string;
  /** The height of a row in pixels (rows are one line). */
  rowHeight?: number;
  /** The height of the scrolling area, as CSS. */
  height?: string;
  /** What to show when there is no row. */
  empty?: ReactNode;
  /** The row marked as current (the review queue's). */
  activeId?: string | null;
  /** Rows rendered before the browser has measured the area (server rendering, tests). */
  initialHeight?: number;
}

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { caption, columns, data, rowId, rowHeight = 36, height = '60vh', activeId } = props;
  const table = useTable({ features, columns, data, getRowId: rowId });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 1000, height: props.initialHeight ?? 600 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const width = table.getAllLeafColumns().length;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <div className="table-scroll" ref={scrollRef} style={{ maxHeight: height }} tabIndex={0}>
      <table className="data" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={width}>{props.empty ?? 'Nothing to show.'}</td>
            </tr>
          )}
          {top > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, never focusable
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={width} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={row.id === activeId ? 'active' : undefined}
                style={{ height: rowHeight }}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, never focusable
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={width} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
