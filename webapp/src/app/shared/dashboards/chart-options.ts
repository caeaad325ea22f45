import { ChartOptions } from 'chart.js';

/** Colours of the datasets (canvas cannot read CSS variables; the first is the theme's primary). */
export const CHART_COLOURS = ['#4f46e5', '#10b981', '#f59e0b', '#0ea5e9', '#ef4444', '#8b5cf6'];

/** How an axis (and its tooltips) writes a value. */
export type ValueFormat = (value: number) => string;

export interface ChartSetup {
  /** The value axis' format (`y`, or `x` for horizontal bars). */
  readonly value: ValueFormat;
  /** A second value axis on the right (`y1`), for the datasets that name it. */
  readonly second?: ValueFormat;
  readonly stacked?: boolean;
  /** Horizontal bars (one per name). */
  readonly horizontal?: boolean;
  /** Bounds of the value axis (e.g. ratings 0…5). */
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only on the value axis (counts). */
  readonly integer?: boolean;
  /** No growing bars (the user asked their system for less motion). */
  readonly still: boolean;
}

/** The options of a dashboard chart: formatted ticks and tooltips, the legend at the bottom. */
export function chartOptions(setup: ChartSetup): ChartOptions<'bar' | 'line'> {
  const valueAxis = setup.horizontal ? 'x' : 'y';
  const indexAxis = setup.horizontal ? 'y' : 'x';
  const scales: Record<string, object> = {
    [indexAxis]: { stacked: setup.stacked ?? false, ticks: { autoSkip: true, maxRotation: 0 } },
    [valueAxis]: {
      stacked: setup.stacked ?? false,
      beginAtZero: true,
      min: setup.min,
      max: setup.max,
      ticks: {
        precision: setup.integer ? 0 : undefined,
        callback: (value: number | string) => setup.value(Number(value)),
      },
    },
  };
  if (setup.second) {
    const second = setup.second;
    scales['y1'] = {
      position: 'right',
      beginAtZero: true,
      grid: { drawOnChartArea: false },
      ticks: { callback: (value: number | string) => second(Number(value)) },
    };
  }
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: setup.still ? false : undefined,
    indexAxis,
    scales,
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) => {
            const axis = (item.dataset as { yAxisID?: string }).yAxisID;
            const format = axis === 'y1' && setup.second ? setup.second : setup.value;
            const raw = item.raw;
            return `${item.dataset.label ?? ''}: ${raw === null ? '—' : format(Number(raw))}`;
          },
        },
      },
    },
  } as ChartOptions<'bar' | 'line'>;
}

/** True when the user asked their system for less motion. */
export function prefersStill(document: Document): boolean {
  return !!document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** A colour of the theme, else `fallback`. */
export function cssColour(document: Document, name: string, fallback: string): string {
  const value = document.defaultView
    ?.getComputedStyle(document.documentElement)
    .getPropertyValue(name)
    .trim();
  return value || fallback;
}
