/**
 * The core's own transcendental functions (src/core/mathfn.ts): their constants, their accuracy
 * against correctly rounded values, their special cases, that nothing in the core calls the
 * engine's Math.exp & co. instead, and the fingerprint that the component tests recompute in
 * Chromium.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as M from '@core/mathfn';
import { Rng } from '@core/rng';
import { filesUnder } from '@lib/claim-index';
import ts from 'typescript';
import { ENGINE_ROUNDED } from '../../scripts/engine-rounded.mjs';
import { MATHFN_FINGERPRINT, fingerprint } from '../shared/fingerprint.ts';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const ordered = (i: bigint) => (i < 0n ? -(i & 0x7fffffffffffffffn) : i);
  const d = ordered(bits[0]) - ordered(bits[1]);
  return Number(d < 0n ? -d : d);
}

describe('constants', () => {
  // ln 2 and π to 200 bits with integer arithmetic: ln 2 = Σ 1/(k·2^k); π = 16·atan(1/5) − 4·atan(1/239).
  const P = 200n;
  const ONE = 1n << P;
  let ln2 = 0n;
  for (let k = 1n; k < 400n; k++) ln2 += ONE / (k << k);
  const atanInv = (n: bigint) => {
    let sum = 0n,
      term = ONE / n,
      k = 1n,
      sign = 1n;
    while (term > 0n) {
      sum += (sign * term) / k;
      term /= n * n;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  /** An exact double as a 200-bit fixed-point integer (every constant here is a multiple of 2^-200). */
  const fixed = (x: number) => {
    let e = 0;
    while (!Number.isInteger(x * 2 ** e)) e++;
    return (BigInt(x * 2 ** e) << P) >> BigInt(e);
  };
  const bitsAfterPoint = (err: bigint) => Number(P) - (err < 0n ? -err : err).toString(2).length;

  test('ln 2 = LN2_HI + LN2_LO to better than 2^-85, and k·LN2_HI is exact for |k| ≤ 2048', () => {
    expect(bitsAfterPoint(fixed(M.LN2_HI) + fixed(M.LN2_LO) - ln2)).toBeGreaterThan(85);
    for (const k of [1, 3, 1023, 1075, 2047]) expect(fixed(k * M.LN2_HI)).toBe(BigInt(k) * fixed(M.LN2_HI));
  });

  test('π/2 = PIO2_1 + PIO2_2 + PIO2_3 to better than 2^-120, and n·PIO2_1, n·PIO2_2 are exact for n < 2^20', () => {
    const sum = fixed(M.PIO2_1) + fixed(M.PIO2_2) + fixed(M.PIO2_3);
    expect(bitsAfterPoint(sum - pi / 2n)).toBeGreaterThan(120);
    for (const n of [1, 7, 12345, 2 ** 20 - 1]) {
      expect(fixed(n * M.PIO2_1)).toBe(BigInt(n) * fixed(M.PIO2_1));
      expect(fixed(n * M.PIO2_2)).toBe(BigInt(n) * fixed(M.PIO2_2));
    }
  });
});

describe('accuracy against correctly rounded values (mpmath, 200 bits)', () => {
  const reference = JSON.parse(readFileSync(new URL('./mathfn-reference.json', import.meta.url), 'utf8')) as Record<
    string,
    [number, number][]
  >;
  // The largest error measured over the reference points, in ulps; the engine's own Math
  // functions measure 1–2 ulp on the same points.
  const bound: Record<string, [(x: number) => number, number]> = {
    exp: [M.exp, 1],
    expm1: [M.expm1, 2],
    log: [M.log, 1],
    log1p: [M.log1p, 1],
    tanh: [M.tanh, 2],
    sin: [M.sin, 1],
    cos: [M.cos, 1],
  };
  for (const [name, [f, maxUlps]] of Object.entries(bound)) {
    test(`${name}: within ${maxUlps} ulp at ${reference[name].length} points, most of them correctly rounded`, () => {
      let worst = 0,
        exact = 0;
      for (const [x, y] of reference[name]) {
        const d = ulps(f(x), y);
        worst = Math.max(worst, d);
        if (d === 0) exact++;
      }
      expect(worst).toBeLessThanOrEqual(maxUlps);
      expect(exact / reference[name].length).toBeGreaterThan(0.6);
    });
  }

  test('agree with the engine to a few ulps over their whole ranges (100,000 points each)', () => {
    const rng = new Rng(3);
    const cases: [string, (x: number) => number, (x: number) => number, number, number][] = [
      ['exp', M.exp, Math.exp, -745, 709.78],
      ['expm1', M.expm1, Math.expm1, -40, 709],
      ['log', M.log, Math.log, 0, 1e308],
      ['log', M.log, Math.log, 0, 1e-300],
      ['log1p', M.log1p, Math.log1p, -1, 1e6],
      ['tanh', M.tanh, Math.tanh, -30, 30],
      ['sin', M.sin, Math.sin, -1e5, 1e5],
      ['cos', M.cos, Math.cos, -1e5, 1e5],
      ['log10', M.log10, Math.log10, 0, 1e10],
      ['pow10', M.pow10, (x) => 10 ** x, -15, 15],
    ];
    for (const [name, ours, engine, lo, hi] of cases) {
      let worst = 0;
      for (let i = 0; i < 100_000; i++) {
        const x = rng.range(lo, hi);
        worst = Math.max(worst, ulps(ours(x), engine(x)));
      }
      expect(worst, name).toBeLessThanOrEqual(3);
    }
  });
});

describe('special values', () => {
  test('exp and expm1', () => {
    expect(M.exp(0)).toBe(1);
    expect(M.exp(1)).toBe(Math.E);
    expect(M.exp(-Infinity)).toBe(0);
    expect(M.exp(Infinity)).toBe(Infinity);
    expect(M.exp(NaN)).toBeNaN();
    expect(M.exp(709.78)).toBeLessThan(Number.MAX_VALUE);
    expect(M.exp(709.79)).toBe(Infinity);
    expect(M.exp(-745.1)).toBe(5e-324); // the smallest subnormal
    expect(M.exp(-746)).toBe(0);
    expect(Object.is(M.expm1(-0), -0)).toBe(true);
    expect(M.expm1(1e-300)).toBe(1e-300);
    expect(M.expm1(-Infinity)).toBe(-1);
    expect(M.expm1(Infinity)).toBe(Infinity);
  });
  test('log and log1p', () => {
    expect(M.log(1)).toBe(0);
    expect(M.log(0)).toBe(-Infinity);
    expect(M.log(-1)).toBeNaN();
    expect(M.log(Infinity)).toBe(Infinity);
    expect(M.log(NaN)).toBeNaN();
    expect(M.log(5e-324)).toBe(Math.log(5e-324)); // a subnormal
    expect(M.log(Math.E)).toBe(1);
    expect(M.log1p(-1)).toBe(-Infinity);
    expect(M.log1p(-2)).toBeNaN();
    expect(Object.is(M.log1p(-0), -0)).toBe(true);
    expect(M.log1p(1e-300)).toBe(1e-300);
  });
  test('tanh, sin, cos, hypot, powInt', () => {
    expect(Object.is(M.tanh(-0), -0)).toBe(true);
    expect(M.tanh(30)).toBe(1);
    expect(M.tanh(-Infinity)).toBe(-1);
    expect(M.tanh(NaN)).toBeNaN();
    for (let x = -5; x <= 5; x += 0.37) expect(M.tanh(-x)).toBe(-M.tanh(x));
    expect(M.sin(0)).toBe(0);
    expect(M.cos(0)).toBe(1);
    expect(M.sin(Infinity)).toBeNaN();
    expect(M.cos(NaN)).toBeNaN();
    for (let x = -20; x <= 20; x += 0.31) expect(Math.abs(M.sin(x) ** 2 + M.cos(x) ** 2 - 1)).toBeLessThan(4e-16);
    expect(M.hypot(3, 4)).toBe(5);
    expect(M.hypot(3 * 2 ** 700, 4 * 2 ** 700)).toBe(5 * 2 ** 700); // would overflow unscaled
    expect(M.hypot(3 * 2 ** -700, -4 * 2 ** -700)).toBe(5 * 2 ** -700); // would underflow unscaled
    expect(M.hypot(3e200, 4e200)).toBe(4.9999999999999995e200); // correctly rounded (mpmath)
    expect(M.hypot(Infinity, NaN)).toBe(Infinity);
    expect(M.hypot(1, NaN)).toBeNaN();
    expect(M.powInt(0.9, 0)).toBe(1);
    expect(M.powInt(2, 10)).toBe(1024);
    expect(M.powInt(0.5, 1074)).toBe(5e-324);
    expect(M.pow10(-3)).toBe(0.001);
    expect(M.pow10(22)).toBe(1e22);
    expect(Math.abs(M.powInt(0.999, 1000) / Math.pow(0.999, 1000) - 1)).toBeLessThan(1e-13);
  });
});

describe('determinism across engines', () => {
  test('nothing in src/core calls an engine-rounded Math function or the ** operator (other than 2 ** integer)', () => {
    const files = filesUnder('src/core', ['.ts']);
    expect(files.length).toBeGreaterThan(40); // the walk found the core (a missing folder gives none)
    const offenders = files.flatMap((path) => engineRounded(path, readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('the check reads code, not text: it finds every way of reaching Math.exp & co., and ignores comments', () => {
    const planted = [
      'const a = Math.exp(1);',
      "const b = Math['log'](2);",
      'const { sin } = Math;',
      'const { cos: c } = Math;',
      'const M = Math;',
      'const d = x ** 3;',
      '  * Math.tanh(x)', // a line starting with * that is code, inside an expression
    ];
    for (const line of planted) {
      const code = line.startsWith('  *') ? `const e = y\n${line};` : line;
      expect(engineRounded('planted.ts', code), line).not.toEqual([]);
    }
    const fine = [
      '// Math.exp(1)',
      '/** Math.log(x) */',
      'const f = 2 ** 52;',
      'const g = Math.sqrt(2) * Math.abs(-1);',
    ];
    for (const line of fine) expect(engineRounded('fine.ts', line), line).toEqual([]);
  });

  test(`the fingerprint of every function, the Gaussian draws and the activations is ${MATHFN_FINGERPRINT} (the component tests check the same in Chromium)`, () => {
    expect(fingerprint()).toBe(MATHFN_FINGERPRINT);
  });
});

const ENGINE_ROUNDED_SET = new Set(ENGINE_ROUNDED);

/**
 * Every place in a TypeScript source that reaches an engine-rounded Math function (Math.exp,
 * Math['exp'], const { exp } = Math, an alias of Math) or uses ** other than 2 ** integer. It
 * walks the syntax tree, so comments and strings never count and no line trick hides a call.
 */
function engineRounded(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText()}`;
  const isMath = (n: ts.Node) => ts.isIdentifier(n) && n.text === 'Math';
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && isMath(n.expression) && ENGINE_ROUNDED_SET.has(n.name.text))
      found.push(at(n));
    if (ts.isElementAccessExpression(n) && isMath(n.expression)) {
      const k = n.argumentExpression;
      if (!ts.isStringLiteral(k) || ENGINE_ROUNDED_SET.has(k.text)) found.push(at(n));
    }
    if (ts.isVariableDeclaration(n) && n.initializer && isMath(n.initializer)) found.push(at(n)); // destructuring or alias
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken) {
      const base = n.left.getText(),
        exponent = n.right.getText();
      if (!(base === '2' && /^-?\d+$/.test(exponent))) found.push(at(n));
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}
