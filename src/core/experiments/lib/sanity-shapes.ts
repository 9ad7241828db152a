/**
 * Names the shape of a training-loss curve (claim S8), with plain rules on the curve itself:
 *
 *   classifyCurve([2.3, 2.3, 2.29, 1.2, 0.5, 0.4], false)   // 'plateau then drop'
 *
 * `curve` is the training loss averaged over equal windows of steps, in order. With L₀ the
 * first value and L_end the mean of the last tenth:
 *   explodes           the run diverged (NaN/Inf), or the loss rose above 2·L₀
 *   flat               L_end is within 3% of the mean of the first tenth
 *   plateau then drop  the first 15% of the run lowered the loss by < 3% of L₀, the whole run by > 30%
 *   slow and linear    the run lowered the loss by < 50% of L₀ and a straight line fits it (R² > 0.8)
 *   plateaus high      the second half did not lower the loss by 15% and L_end > 0.1·L₀
 *   steep then flat    70% of the whole drop happened in the first 30% of the run
 *   decreasing         anything else that ends lower than it started
 */
export type CurveShape =
  'explodes' | 'flat' | 'plateau then drop' | 'slow and linear' | 'plateaus high' | 'steep then flat' | 'decreasing';

export const CURVE_SHAPES: readonly CurveShape[] = [
  'explodes',
  'flat',
  'plateau then drop',
  'slow and linear',
  'plateaus high',
  'steep then flat',
  'decreasing',
];

function mean(a: number[]): number {
  return a.reduce((s, v) => s + v, 0) / a.length;
}

/** R² of the least-squares line through (i, curve[i]). */
export function linearR2(curve: number[]): number {
  const n = curve.length;
  if (n < 3) return 1;
  const mx = (n - 1) / 2,
    my = mean(curve);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - mx) * (curve[i] - my);
    sxx += (i - mx) * (i - mx);
    syy += (curve[i] - my) * (curve[i] - my);
  }
  return syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
}

export function classifyCurve(curve: number[], diverged: boolean): CurveShape {
  if (diverged || curve.some((v) => !Number.isFinite(v))) return 'explodes';
  if (curve.length === 0) return 'flat';
  const n = curve.length;
  const l0 = curve[0];
  if (Math.max(...curve) > 2 * l0) return 'explodes';
  if (n < 4) return 'decreasing';
  const tail = Math.max(1, Math.round(n / 10));
  const lEnd = mean(curve.slice(n - tail));
  const drop = l0 - lEnd;
  const lStart = mean(curve.slice(0, tail));
  if (Math.abs(lStart - lEnd) < 0.03 * lStart) return 'flat';
  const early = Math.max(1, Math.round(0.15 * n));
  if (l0 - Math.min(...curve.slice(0, early + 1)) < 0.03 * l0 && drop > 0.3 * l0) return 'plateau then drop';
  if (drop < 0.5 * l0 && drop > 0 && linearR2(curve) > 0.8) return 'slow and linear';
  const half = Math.floor(n / 2);
  const midLevel = mean(curve.slice(half - tail, half));
  if (midLevel - lEnd < 0.15 * midLevel && lEnd > 0.1 * l0) return 'plateaus high';
  const at30 = mean(curve.slice(Math.max(0, Math.round(0.3 * n) - tail), Math.round(0.3 * n) + 1));
  if (drop > 0 && l0 - at30 > 0.7 * drop) return 'steep then flat';
  return 'decreasing';
}
