/**
 * Chart text and grid lines in the page's own font and colours (styles.css custom properties, light or
 * dark), instead of chart.js's grey #666 in its own font: in dark mode its axis labels were dim grey
 * on navy. Read once, when a chart module loads.
 */
import { Chart } from 'chart.js';

export function applyChartTheme(): void {
  if (typeof document === 'undefined' || typeof getComputedStyle !== 'function') return;
  const css = getComputedStyle(document.documentElement);
  const text = css.getPropertyValue('--muted').trim();
  const line = css.getPropertyValue('--line').trim();
  if (text) Chart.defaults.color = text;
  if (line) Chart.defaults.borderColor = line;
  if (css.fontFamily) Chart.defaults.font.family = css.fontFamily;
}
