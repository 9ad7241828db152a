/**
 * The one way the course shows a number to a reader: in data tables, captions, read-outs, slider
 * fields, the prose (through build-run.ts) and the plots' tick labels. Built on d3-format.
 *
 *   num(0.012345678)   → "0.0123"       num(1234.5)    → "1,230"      num(1720) → "1,720"
 *   num(4.54e-5)       → "4.54×10⁻⁵"    num(-5.55e-17) → "0"          num(2e6)  → "2×10⁶"
 *   num(0.5, 4)        → "0.5"          num(NaN)       → "NaN"        num(-2)   → "−2"
 *
 * Rules (one place, so every figure agrees):
 * - about three significant figures (`digits`), trailing zeros dropped; whole numbers below a
 *   million are shown whole, with thousands separators;
 * - anything smaller in magnitude than `noise` (1e-10 unless given) is floating-point noise and
 *   shows as 0: a centred mean of −1.5e-14 is 0 to a reader;
 * - below 0.001 or from a million up, scientific notation with a superscript exponent
 *   (4.54×10⁻⁵), never "e-5", "e+0" or "1e−1";
 * - a typographic minus (−), as in the math.
 *
 * Full precision stays where it belongs: the CSV download and the data-value attribute of every
 * table cell (DataTable), and `exact` for the few places whose point is the digits themselves
 * (see READER_FORMAT_EXCEPTIONS).
 *
 * Ticks: `tickFormatter(values, { log })` labels one axis in one style: 0.01 / 0.1 / 1 / 10 on a
 * log axis within 0.001–10,000, 10⁻⁵ / 10⁻⁴ / … beyond it; linear ticks with the decimals their
 * step needs (0, 0.5, 1), or a shared ×10ⁿ style for very small or large steps.
 */
import { format as d3format, precisionFixed } from 'd3-format';

export const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Magnitudes below this are shown as 0 unless a caller says otherwise. */
export const NOISE = 1e-10;

/** An integer exponent as superscript digits: −5 → "⁻⁵". */
export function superscript(e: number): string {
  return String(e)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** "10⁻⁵", "10⁶"; 10⁰ is "1" and 10¹ is "10". */
export function pow10Label(e: number): string {
  if (e === 0) return '1';
  if (e === 1) return '10';
  return `10${superscript(e)}`;
}

function minus(s: string): string {
  return s.replace(/^-/, MINUS).replace(/e-/, `e${MINUS}`);
}

function nonFinite(x: number): string {
  return Number.isNaN(x) ? 'NaN' : x > 0 ? '∞' : `${MINUS}∞`;
}

/** m × 10^e with `digits` significant digits in m (trailing zeros dropped), as "4.54×10⁻⁵". */
export function scientific(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  if (x === 0) return '0';
  const [m, e] = d3format(`.${Math.max(0, digits - 1)}~e`)(x).split('e');
  return `${minus(m)}×10${superscript(Number(e))}`;
}

export interface NumOptions {
  /** Magnitudes below this show as 0 (default NOISE = 1e-10; 0 keeps every value). */
  noise?: number;
  /** Thousands separators in plain numbers (default true). */
  group?: boolean;
}

/**
 * A number for a reader: `digits` (default 3) significant figures; see the module's header.
 * Accepts anything a table cell may hold: a non-number is returned as text, null/undefined as ''.
 */
export function num(x: unknown, digits = 3, opts: NumOptions = {}): string {
  if (x === null || x === undefined) return '';
  if (typeof x === 'string') return x;
  if (typeof x === 'boolean') return String(x);
  const v = Number(x);
  if (!Number.isFinite(v)) return nonFinite(v);
  const a = Math.abs(v);
  if (a === 0 || a < (opts.noise ?? NOISE)) return '0';
  const group = (opts.group ?? true) ? ',' : '';
  if (Number.isInteger(v) && a < 1e6) return minus(d3format(group + 'd')(v));
  if (a < 1e-3 || a >= 1e6) return scientific(v, digits);
  // Round to the significant digits first: 999.7 at 3 digits is "1,000", not "1,000.0".
  const rounded = Number(v.toPrecision(Math.max(1, digits)));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e6) return minus(d3format(group + 'd')(rounded));
  return minus(d3format(`${group}.${Math.max(1, digits)}~r`)(rounded));
}

/** `num` with four significant figures: optimiser states and other values read digit by digit. */
export const num4 = (x: unknown) => num(x, 4);

/**
 * A coordinate to a fixed number of decimals (a position read out to the precision of a step):
 * fixed(-1, 2) → "−1.00". −0 shows as 0.
 */
export function fixed(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const s = d3format(`.${Math.max(0, decimals)}f`)(x);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : minus(s);
}

/** A fraction as a percentage: 0.1234 → "12.3%" (`decimals` after the point, default 1). */
export function percent(x: number, decimals = 1): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  return `${minus(d3format(`.${decimals}f`)(100 * x))}%`;
}

/** A ratio: 3.2 → "3.2×". */
export function ratio(x: number, digits = 2): string {
  return `${num(x, digits)}×`;
}

/**
 * The full value, for the places whose claim is about the digits themselves (the optimiser-path
 * table the course compares with the book, a rounding error that is the point of a sentence).
 * Shortest round-trip representation, typographic minus, exponent as ×10ⁿ.
 */
export function exact(x: unknown): string {
  if (x === null || x === undefined) return '';
  if (typeof x !== 'number') return String(x);
  if (!Number.isFinite(x)) return nonFinite(x);
  const s = String(x);
  const m = s.match(/^(-?[\d.]+)e([+-]\d+)$/);
  return m ? `${minus(m[1])}×10${superscript(Number(m[2]))}` : minus(s);
}

/**
 * Places that show numbers outside the rules above, on purpose. The end-to-end format check
 * (tests/e2e/number-format.spec.ts) skips elements marked `data-format="exact"`; each use is
 * listed here with its reason.
 */
export const READER_FORMAT_EXCEPTIONS = [
  {
    where: 'parameter-updates: "Optimiser paths on a surface", the step read-out and path table',
    why: 'the chapter compares these values with the book digit by digit',
  },
  {
    where: 'activation-functions: "Linear layers collapse into one", the largest difference without a nonlinearity',
    why: 'the sentence is about a rounding error: its size (10⁻¹⁵ or so) is the point',
  },
  {
    where:
      'babysitting-learning: the lecture\'s printed losses (2.30261216167, 3.06859716482) in the prose and "The lecture\'s sanity check on CIFAR-shaped inputs"',
    why: "the claim (S14) is that the course reproduces the lecture's figures to the digits it printed",
  },
] as const;

const isPow10 = (v: number) => {
  const e = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** e - 1) < 1e-9;
};

/**
 * One label style for the ticks of one axis.
 * - log axis, labels all powers of ten: 0.001 … 10,000 as plain numbers, otherwise 10ⁿ;
 * - log axis, 1–2–5 multiples: plain when within 0.001–10,000, otherwise m×10ⁿ;
 * - linear axis: the decimals the step needs (d3's precisionFixed), plain when the step is at
 *   least 0.001 and the ticks stay below a million, otherwise m×10ⁿ with the exponent of the step.
 */
export function tickFormatter(values: readonly number[], opts: { log?: boolean } = {}): (v: number) => string {
  const finite = values.filter(Number.isFinite);
  const maxAbs = finite.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (opts.log) {
    const pos = finite.filter((v) => v > 0);
    const lo = Math.min(...pos);
    const hi = Math.max(...pos);
    const plain = lo >= 1e-3 && hi <= 1e4;
    if (pos.length && pos.every(isPow10)) {
      return (v) => (plain ? num(v, 1) : pow10Label(Math.round(Math.log10(v))));
    }
    return (v) => (plain ? num(v, 2) : scientific(v, 2).replace(/^1×/, ''));
  }
  const sorted = [...finite].sort((a, b) => a - b);
  let step = Infinity;
  for (let i = 1; i < sorted.length; i++) step = Math.min(step, sorted[i] - sorted[i - 1]);
  if (!Number.isFinite(step) || step <= 0) step = maxAbs || 1;
  if (step >= 1e-3 && maxAbs < 1e6) {
    const p = precisionFixed(step);
    const f = d3format(`,.${p}f`);
    return (v) => {
      const s = f(v);
      return /^-0(\.0*)?$/.test(s) ? '0' : minus(s);
    };
  }
  // Very small or very large steps: a shared exponent for the whole axis (that of the step),
  // each label its own mantissa: 2×10⁻⁵, 4×10⁻⁵ …
  return (v) => (Math.abs(v) < step / 2 ? '0' : scientific(v, Math.max(1, precisionFixed(step / maxAbs) + 1)));
}

const FROM_SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  Object.entries(SUPERSCRIPT).map(([k, v]) => [v, k]),
);

/**
 * Reads a number as a reader may type it or as `num` shows it: "0.01", "1e-5", "1,000",
 * "−2", "4.5×10⁻⁵", "4.5x10^-5", "10⁻³". NaN for anything else (and for an empty string).
 */
export function parseNum(text: string): number {
  const t = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, '');
  if (t === '') return NaN;
  const sci = t.match(/^(?:(-?[\d,]*\.?\d*)[×x*])?10(?:\^?([-+]?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/);
  if (sci && (sci[1] === undefined || /\d/.test(sci[1]))) {
    const e = sci[2] ?? [...sci[3]].map((c) => FROM_SUPERSCRIPT[c]).join('');
    return Number(`${(sci[1] ?? '1').replace(/,/g, '')}e${e}`);
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) return Number(t.replace(/,/g, ''));
  return Number(t);
}
