/**
 * Where a chart's axis labels go: "nice" tick values that fit the space, and labels thinned so none
 * overlaps another. Pure: sizes are in pixels of the rendered chart.
 */

/** A label a chart wants to draw at a pixel position; higher `priority` wins a clash. */
export interface AxisLabel {
  readonly value: number;
  readonly px: number;
  readonly priority: number;
}

/** The smallest step from 1, 2, 5 × 10^k (or from `steps`) leaving at least `minGap` px between ticks. */
export function tickStep(range: number, pixels: number, minGap: number, steps?: readonly number[]): number {
  if (!(range > 0) || !(pixels > 0)) return range > 0 ? range : 1;
  const fits = (step: number) => (step / range) * pixels >= minGap;
  if (steps && steps.length > 0) return steps.find(fits) ?? range;
  for (let power = Math.floor(Math.log10(range)) - 2; power < 20; power++) {
    for (const mantissa of [1, 2, 5]) {
      const step = mantissa * 10 ** power;
      if (fits(step)) return step;
    }
  }
  return range;
}

/** Tick values from 0 to `max` (inclusive when it falls on a step) every `step`. */
export function ticks(max: number, step: number): number[] {
  if (!(max > 0) || !(step > 0)) return [0];
  const count = Math.floor(max / step + 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

/**
 * The labels to draw so that no two are closer than `minGap` px: labels are taken by priority
 * (then by position), each kept only if it clears every label already kept. Returned by position.
 */
export function placeLabels(labels: readonly AxisLabel[], minGap: number): AxisLabel[] {
  const kept: AxisLabel[] = [];
  const order = [...labels].sort((a, b) => b.priority - a.priority || a.px - b.px);
  for (const label of order) {
    if (kept.every((other) => Math.abs(other.px - label.px) >= minGap)) kept.push(label);
  }
  return kept.sort((a, b) => a.px - b.px);
}
