import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { DashboardRow } from '../../../shared/contract/features/followup';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../../../shared/followup/status';
import { STATUS_COLOUR } from './format';

// Only what the dashboard draws: keeps the bundle small and everything offline.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface StatusChartProps {
  rows: readonly DashboardRow[];
  labelOf(row: DashboardRow): string;
  statusLabel(status: EffectiveStatus): string;
  onSelect(row: DashboardRow, status: EffectiveStatus): void;
  label: string;
}

/** Stacked horizontal bars, one per group (nine partners fit at a glance); a click drills down. */
export function StatusChart({ rows, labelOf, statusLabel, onSelect, label }: StatusChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!host.current) return undefined;
    const chart = echarts.init(host.current, undefined, { renderer: 'canvas' });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const chart = host.current ? echarts.getInstanceByDom(host.current) : undefined;
    if (!chart) return;
    const ordered = [...rows].reverse();
    chart.setOption(
      {
        animation: false,
        textStyle: { fontFamily: "'Noto Sans Lao', 'Segoe UI', 'Liberation Sans', Arial, sans-serif" },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, data: EFFECTIVE_STATUSES.map(statusLabel) },
        grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ordered.map(labelOf), axisLabel: { width: 220, overflow: 'truncate' } },
        series: EFFECTIVE_STATUSES.map((status) => ({
          name: statusLabel(status),
          type: 'bar',
          stack: 'status',
          itemStyle: { color: STATUS_COLOUR[status] },
          emphasis: { focus: 'series' },
          data: ordered.map((r) => r.counts[status] || null),
        })),
      },
      { notMerge: true },
    );
    chart.off('click');
    chart.on('click', (event) => {
      const row = ordered[event.dataIndex];
      const status = EFFECTIVE_STATUSES[event.seriesIndex ?? -1];
      if (row && status) select.current(row, status);
    });
    chart.resize({ height: Math.max(200, 60 + ordered.length * 36) });
  }, [rows, labelOf, statusLabel]);

  return <div ref={host} className="fu-chart" role="img" aria-label={label} data-testid="status-chart" />;
}
