import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey(item: T): string;
  /** First guess of a line's height; real heights are measured as lines appear. */
  estimateSize(item: T): number;
  renderItem(item: T): ReactNode;
  className?: string;
  lineClassName?: string;
}

/**
 * The one virtualised list of the app (page scroll): only the lines near the viewport are in the DOM,
 * so lists of thousands of documents or clauses stay fast. Lines keep stable keys from the data.
 */
export function VirtualList<T>({ items, getKey, estimateSize, renderItem, className, lineClassName }: VirtualListProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => estimateSize(items[index]!),
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => getKey(items[index]!),
  });

  return (
    <div ref={listRef} className={className} role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((virtual) => (
        <div
          key={virtual.key}
          role="listitem"
          data-index={virtual.index}
          ref={virtualizer.measureElement}
          className={lineClassName}
          style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${virtual.start - scrollMargin}px)` }}
        >
          {renderItem(items[virtual.index]!)}
        </div>
      ))}
    </div>
  );
}
