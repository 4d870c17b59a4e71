/**
 * The two charts of the Reviews view, drawn with chart.js directly (only the bar controller and the
 * scales, tooltip and legend it needs are registered, so the panel bundle stays small). Animation is
 * off: the panel updates live as reviews arrive, and a replayed animation on every write is noise.
 * Each canvas carries an aria-label summary (screen readers) and its totals as data attributes.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartEvent,
  type ActiveElement,
} from 'chart.js';
import type { Lang } from '@/lib/i18n';
import type { AspectCount, PolaritySeries } from './aggregate';
import { aspectChartSummary, aspectLabel, periodLabel, polarityChartSummary, rt } from './strings';
import { applyChartTheme } from '../chart-theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
applyChartTheme();

const COLORS = {
  positive: '#0f766e',
  neutral: '#9ca3af',
  negative: '#b91c1c',
  other: '#a5b4fc',
};

/** Creates the chart once per canvas and updates it in place when the config changes. */
function useBarChart(config: ChartConfiguration<'bar'>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    if (chart.current) {
      chart.current.data = config.data;
      chart.current.options = config.options ?? {};
      chart.current.update('none');
    } else {
      chart.current = new Chart(canvas.current, config);
    }
  }, [config]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return canvas;
}

export function PolarityChart({ series, lang }: { series: PolaritySeries; lang: Lang }) {
  const totals = useMemo(() => {
    const t = { positive: 0, neutral: 0, negative: 0, other: 0 };
    for (const b of series.buckets) {
      t.positive += b.positive;
      t.neutral += b.neutral;
      t.negative += b.negative;
      t.other += b.other;
    }
    return t;
  }, [series]);
  const config = useMemo((): ChartConfiguration<'bar'> => {
    const keys = (['negative', 'neutral', 'positive', 'other'] as const).filter(
      (k) => k !== 'other' || totals.other > 0,
    );
    return {
      type: 'bar',
      data: {
        labels: series.buckets.map((b) => periodLabel(lang, b.start, series.unit)),
        datasets: keys.map((k) => ({
          label: rt(lang, k),
          data: series.buckets.map((b) => b[k]),
          backgroundColor: COLORS[k],
          stack: 'reviews',
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 10 } } },
      },
    };
  }, [series, lang, totals]);
  const canvas = useBarChart(config);
  const total = totals.positive + totals.neutral + totals.negative + totals.other;
  return (
    <div className="review-chart">
      <canvas
        ref={canvas}
        role="img"
        data-testid="polarity-chart"
        data-total={total}
        data-periods={series.buckets.length}
        aria-label={polarityChartSummary(lang, totals, series.buckets.length, series.unit)}
      />
    </div>
  );
}

export function AspectChart({
  rows,
  lang,
  onPick,
}: {
  rows: AspectCount[];
  lang: Lang;
  /** Clicking a bar filters the list by that aspect. */
  onPick?: (aspect: string) => void;
}) {
  // A ref, so a new callback identity does not rebuild the chart.
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  const config = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => aspectLabel(lang, r.aspect)),
        datasets: (['negative', 'neutral', 'positive'] as const).map((k) => ({
          label: rt(lang, k),
          data: rows.map((r) => r[k]),
          backgroundColor: COLORS[k],
          stack: 'aspects',
        })),
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: true },
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 10 } } },
        onClick: (_e: ChartEvent, els: ActiveElement[]) => {
          const row = els[0] ? rows[els[0].index] : undefined;
          if (row) pick.current?.(row.aspect);
        },
      },
    }),
    [rows, lang],
  );
  const canvas = useBarChart(config);
  const total = rows.reduce((n, r) => n + r.negative + r.positive + r.neutral, 0);
  return (
    <div className="review-chart" style={{ height: `${Math.max(120, 34 * rows.length + 60)}px` }}>
      <canvas
        ref={canvas}
        role="img"
        data-testid="aspect-chart"
        data-total={total}
        data-aspects={rows.map((r) => r.aspect).join(' ')}
        aria-label={aspectChartSummary(lang, rows)}
      />
    </div>
  );
}
