import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

/** What a parent may ask of a list it does not render itself. */
export interface VirtualListHandle {
  /** Scrolls the page so that line `index` is on screen (it is then rendered). */
  scrollToIndex(index: number, align?: 'start' | 'center' | 'end' | 'auto'): void;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey(item: T): string;
  /** First guess of a line's height; real heights are measured as lines appear. */
  estimateSize(item: T): number;
  renderItem(item: T): ReactNode;
  className?: string;
  lineClassName?: string;
  /** Lines rendered beyond each edge of the viewport (default 6). */
  overscan?: number;
  /** A line kept in the DOM even when scrolled away (e.g. the one holding the keyboard focus). */
  pinnedIndex?: number | undefined;
  handle?: Ref<VirtualListHandle>;
  /** Accessible name of the list. */
  label?: string;
  testId?: string;
}

/**
 * The one virtualised list of the app (page scroll): only the lines near the viewport are in the DOM,
 * so lists of thousands of documents or clauses stay fast. Lines keep stable keys from the data.
 * The list follows its own position on the page: when content above it grows or shrinks (a form
 * opening), the offset is measured again.
 */
export function VirtualList<T>({
  items,
  getKey,
  estimateSize,
  renderItem,
  className,
  lineClassName,
  overscan = 6,
  pinnedIndex,
  handle,
  label,
  testId,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const measure = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // Anything above the list changing height changes the height of the body too.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinnedIndex === undefined || pinnedIndex < 0 || pinnedIndex >= range.count || indexes.includes(pinnedIndex)) return indexes;
      return [...indexes, pinnedIndex].sort((a, b) => a - b);
    },
    [pinnedIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => estimateSize(items[index]!),
    overscan,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => getKey(items[index]!),
  });

  useImperativeHandle(
    handle,
    () => ({
      scrollToIndex: (index, align = 'auto') => virtualizer.scrollToIndex(index, { align }),
    }),
    [virtualizer],
  );

  return (
    <div
      ref={listRef}
      className={className}
      role="list"
      aria-label={label}
      data-testid={testId}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
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
