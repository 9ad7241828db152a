/**
 * How demos print a number in a data table or a read-out: 4 significant digits, exponent form for
 * magnitudes below 1e-3 or from 1e5 up, non-finite values as themselves ("NaN", "Infinity").
 *
 *   cell(0.123456) → "0.1235"   cell(2.5e-7) → "2.500e-7"   cell(123456) → "1.235e+5"   cell('x') → "NaN"
 *
 * (Numbers in the prose use `fmt` from build-run.ts.)
 */
export function cell(x: unknown): string {
  const n = Number(x);
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const a = Math.abs(n);
  return a < 1e-3 || a >= 1e5 ? n.toExponential(3) : String(Number(n.toPrecision(4)));
}
