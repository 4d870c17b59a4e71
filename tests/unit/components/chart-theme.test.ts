// @vitest-environment jsdom
/** Charts take the page's text and line colours (light or dark theme), not chart.js's fixed grey. */
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { applyChartTheme } from '../../../components/chart-theme';

describe('chart theme', () => {
  it('reads --muted and --line from the page', () => {
    document.documentElement.style.setProperty('--muted', '#9ca3af');
    document.documentElement.style.setProperty('--line', '#374151');
    applyChartTheme();
    expect(Chart.defaults.color).toBe('#9ca3af');
    expect(Chart.defaults.borderColor).toBe('#374151');
  });
});
