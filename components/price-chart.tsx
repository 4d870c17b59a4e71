/**
 * Price history of one product with chart.js: own price, featured offer, lowest competitor and the main
 * competitors as step lines (the series are change-only), price-war cuts as markers, the floor as a
 * dashed line. Long series are drawn through chart.js's built-in LTTB decimation, so a year of hourly
 * points renders at once.
 */
import { useEffect, useRef } from 'react';
import {
  Chart,
  Decimation,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import type { Lang } from '@/lib/i18n';
import { priceChartSummary, SERIES_NAMES, type PriceSeries } from './price-series';
import { applyChartTheme } from './chart-theme';

Chart.register(
  LineController,
  ScatterController,
  LineElement,
  PointElement,
  LinearScale,
  Tooltip,
  Legend,
  Decimation,
);
applyChartTheme();

const COLORS = {
  own: '#0f766e',
  featured: '#2563eb',
  lowest: '#b91c1c',
  competitors: ['#a16207', '#7c3aed', '#db2777', '#4b5563'],
  cut: '#dc2626',
  floor: '#6b7280',
};

const L = SERIES_NAMES;

type Pt = { x: number; y: number };

function toDatasets(series: PriceSeries, lang: Lang): ChartDataset<'line' | 'scatter', Pt[]>[] {
  const line = (
    label: string,
    color: string,
    data: Pt[],
    extra: object = {},
  ): ChartDataset<'line', Pt[]> => ({
    type: 'line',
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    stepped: 'before',
    pointRadius: data.length > 60 ? 0 : 2,
    borderWidth: 2,
    parsing: false,
    spanGaps: false,
    ...extra,
  });
  const sets: ChartDataset<'line' | 'scatter', Pt[]>[] = [];
  if (series.own.length) sets.push(line(L.own[lang], COLORS.own, series.own, { borderWidth: 3 }));
  if (series.featured.length) sets.push(line(L.featured[lang], COLORS.featured, series.featured));
  if (series.lowest.length)
    sets.push(line(L.lowest[lang], COLORS.lowest, series.lowest, { borderDash: [4, 3] }));
  series.competitors.forEach((c, i) =>
    sets.push(
      line(c.seller, COLORS.competitors[i % COLORS.competitors.length]!, c.points, {
        borderWidth: 1,
      }),
    ),
  );
  if (series.floor !== null && series.xMin !== null && series.xMax !== null) {
    sets.push(
      line(
        L.floor[lang],
        COLORS.floor,
        [
          { x: series.xMin, y: series.floor },
          { x: series.xMax, y: series.floor },
        ],
        { borderDash: [6, 4], pointRadius: 0, borderWidth: 1, stepped: false },
      ),
    );
  }
  if (series.cuts.length) {
    sets.push({
      type: 'scatter',
      label: L.cuts[lang],
      data: series.cuts.map((c) => ({ x: c.x, y: c.y })),
      backgroundColor: COLORS.cut,
      borderColor: COLORS.cut,
      pointStyle: 'triangle',
      pointRotation: 180,
      pointRadius: 6,
      parsing: false,
    });
  }
  return sets;
}

export function PriceChart({
  series,
  lang,
  currency,
}: {
  series: PriceSeries;
  lang: Lang;
  currency: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line' | 'scatter', Pt[]> | null>(null);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';

  useEffect(() => {
    if (!canvas.current) return;
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
    chart.current = new Chart<'line' | 'scatter', Pt[]>(canvas.current, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear',
            ticks: {
              maxTicksLimit: 6,
              // Dates for long spans; date and time under two days; seconds under two hours, where
              // ticks a few seconds apart all read "05:23 PM".
              callback(v) {
                const d = new Date(Number(v));
                const span = this.max - this.min;
                if (span >= 2 * 86_400_000)
                  return d.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
                if (span >= 2 * 3_600_000)
                  return d.toLocaleString(locale, {
                    month: 'short',
                    day: 'numeric',
                    hour: '2-digit',
                    minute: '2-digit',
                  });
                return d.toLocaleTimeString(locale, {
                  hour: '2-digit',
                  minute: '2-digit',
                  second: '2-digit',
                });
              },
            },
          },
          y: { type: 'linear', ticks: { callback: (v) => money.format(Number(v)) } },
        },
        plugins: {
          decimation: { enabled: true, algorithm: 'lttb', samples: 400, threshold: 800 },
          legend: { position: 'bottom', labels: { boxWidth: 10 } },
          tooltip: {
            callbacks: {
              title: (items) =>
                items[0] ? new Date(items[0].parsed.x ?? 0).toLocaleString(locale) : '',
              label: (item) => `${item.dataset.label ?? ''}: ${money.format(item.parsed.y ?? 0)}`,
            },
          },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [currency, locale]);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.data.datasets = toDatasets(series, lang);
    chart.current.update('none');
  }, [series, lang]);

  const total = series.own.length + series.featured.length + series.lowest.length;
  return (
    <div className="chart-box">
      <canvas
        ref={canvas}
        data-testid="price-chart"
        data-points={total}
        data-cuts={series.cuts.length}
        role="img"
        aria-label={priceChartSummary(series, lang)}
      />
    </div>
  );
}
