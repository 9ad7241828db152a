import { describe, expect, test } from 'vitest';
import {
  exact,
  fixed,
  num,
  parseNum,
  percent,
  pow10Label,
  ratio,
  scientific,
  tickFormatter,
} from '../../src/lib/format';
import { fmt } from '../../src/lib/build-run';

describe('num: one reader-facing number format', () => {
  test('about three significant figures, trailing zeros dropped', () => {
    expect(num(0.012345678)).toBe('0.0123');
    expect(num(0.1236)).toBe('0.124');
    expect(num(0.25)).toBe('0.25');
    expect(num(1.0001)).toBe('1');
    expect(num(12.3456)).toBe('12.3');
    expect(num(1234.5)).toBe('1,230');
    expect(num(999.7)).toBe('1,000');
    expect(num(0.5, 4)).toBe('0.5');
    expect(num(2.718281828, 5)).toBe('2.7183');
  });
  test('whole numbers stay whole, with thousands separators', () => {
    expect(num(1720)).toBe('1,720');
    expect(num(123456)).toBe('123,456');
    expect(num(0)).toBe('0');
  });
  test('floating-point noise is 0', () => {
    expect(num(-5.55e-17)).toBe('0');
    expect(num(-1.8e-12)).toBe('0');
    expect(num(-1.50365e-14)).toBe('0');
    expect(num(3e-17, 3, { noise: 0 })).toBe('3×10⁻¹⁷');
  });
  test('small and large magnitudes: superscript exponents, never e+0', () => {
    expect(num(4.54e-5)).toBe('4.54×10⁻⁵');
    expect(num(8.2367e-9)).toBe('8.24×10⁻⁹');
    expect(num(2e6)).toBe('2×10⁶');
    expect(num(1.5e7 + 0.5)).toBe('1.5×10⁷');
    for (const x of [1, 1.5, 9.99, 0.001, 0.00099, 1e5, 123456.7, 1e6, -3.3e-4]) {
      expect(num(x)).not.toMatch(/e[+-]?\d/);
    }
  });
  test('a typographic minus, and non-numbers as themselves', () => {
    expect(num(-2)).toBe('−2');
    expect(num(-0.0123)).toBe('−0.0123');
    expect(num(-4.5e-5)).toBe('−4.5×10⁻⁵');
    expect(num(NaN)).toBe('NaN');
    expect(num(Infinity)).toBe('∞');
    expect(num(-Infinity)).toBe('−∞');
    expect(num('diverged')).toBe('diverged');
    expect(num(null)).toBe('');
    expect(num(undefined)).toBe('');
  });
  test('no more than the asked significant digits', () => {
    for (const x of [Math.PI, Math.E * 1e3, 1 / 3, 2 / 3e4, 123.456789, 0.0098765]) {
      const digits = num(x)
        .replace(/×10.*$/, '')
        .replace(/[^\d]/g, '')
        .replace(/^0+|0+$/g, '');
      expect(digits.length, num(x)).toBeLessThanOrEqual(3);
    }
  });
});

describe('helpers', () => {
  test('percent, ratio, scientific, exact, pow10Label', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(percent(0.5, 0)).toBe('50%');
    expect(ratio(3.21)).toBe('3.2×');
    expect(scientific(0.000123456)).toBe('1.23×10⁻⁴');
    expect(scientific(1e-5)).toBe('1×10⁻⁵');
    expect(exact(-0.350393123)).toBe('−0.350393123');
    expect(exact(3.552713678800501e-15)).toBe('3.552713678800501×10⁻¹⁵');
    expect(pow10Label(-3)).toBe('10⁻³');
    expect(pow10Label(0)).toBe('1');
    expect(pow10Label(1)).toBe('10');
  });
  test("the prose's fmt uses the same rules", () => {
    expect(fmt(4.5e-5)).toBe('4.5×10⁻⁵');
    expect(fmt(0.123456, 2)).toBe('0.12');
    expect(fmt(-1e-16)).toBe('0');
    expect(fmt(2.302585, 5)).toBe('2.3026');
  });
});

describe('tickFormatter: one style per axis', () => {
  const labels = (values: number[], log = false) => values.map(tickFormatter(values, { log }));
  test('log axis within 0.001–10,000: plain numbers', () => {
    expect(labels([0.01, 0.1, 1, 10], true)).toEqual(['0.01', '0.1', '1', '10']);
    expect(labels([0.001, 1, 1000], true)).toEqual(['0.001', '1', '1,000']);
  });
  test('log axis beyond it: superscript powers of ten', () => {
    expect(labels([1e-6, 1e-4, 1e-2, 1], true)).toEqual(['10⁻⁶', '10⁻⁴', '10⁻²', '1']);
    expect(labels([1e-8, 1e-4, 1], true).join(' ')).not.toMatch(/e/);
  });
  test('log axis, 1–2–5 multiples', () => {
    expect(labels([0.05, 0.1, 0.2, 0.5, 1], true)).toEqual(['0.05', '0.1', '0.2', '0.5', '1']);
    expect(labels([2e-5, 5e-5, 1e-4], true)).toEqual(['2×10⁻⁵', '5×10⁻⁵', '10⁻⁴']);
  });
  test('linear axis: the decimals its step needs', () => {
    expect(labels([0, 0.5, 1])).toEqual(['0.0', '0.5', '1.0']);
    expect(labels([0, 0.2, 0.4, 0.6, 0.8, 1])).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(labels([-10, -5, 0, 5, 10])).toEqual(['−10', '−5', '0', '5', '10']);
    expect(labels([0, 1000, 2000])).toEqual(['0', '1,000', '2,000']);
    expect(labels([-0.0002, -0.0001, 0])).toEqual(['−2×10⁻⁴', '−1×10⁻⁴', '0']);
    for (const l of labels([0, 2e6, 4e6])) expect(l).not.toMatch(/e/);
  });
});

describe('parseNum reads what num shows and what a reader types', () => {
  test.each([
    ['0.01', 0.01],
    ['1e-5', 1e-5],
    ['1,000', 1000],
    ['−2', -2],
    ['4.5×10⁻⁵', 4.5e-5],
    ['4.5x10^-5', 4.5e-5],
    ['10⁻³', 1e-3],
    ['2×10⁶', 2e6],
  ])('%s', (text, value) => expect(parseNum(text)).toBeCloseTo(value, 12));
  test('nonsense is NaN', () => {
    for (const t of ['', 'abc', '1,2', '×10⁻³']) expect(parseNum(t)).toBeNaN();
  });
  test('round trip', () => {
    for (const x of [0.0123, 4.54e-5, 1720, -3.3e-7, 2e6, 12.5]) expect(parseNum(num(x, 6))).toBeCloseTo(x, 12);
  });
});

test('fixed: a coordinate to the decimals of its step', () => {
  expect(fixed(-1, 2)).toBe('−1.00');
  expect(fixed(-0.001, 2)).toBe('0.00');
  expect(fixed(0.5, 2)).toBe('0.50');
});
