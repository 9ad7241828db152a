import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  parseParams,
  serializeParams,
  sanitize,
  defaults,
  defineParams,
  seedParam,
  type ParamTable,
} from '../../src/lib/url-state';
import { toCsv } from '../../src/lib/csv';

const table = {
  layers: { kind: 'int', default: 10, min: 1, max: 20, label: 'layers' },
  std: { kind: 'float', default: 0.01, min: 1e-4, max: 10, label: 'weight std' },
  act: { kind: 'enum', default: 'tanh', options: ['tanh', 'relu'], label: 'act' },
  bn: { kind: 'bool', default: false, label: 'bn' },
} satisfies ParamTable;

describe('URL state', () => {
  test('reads valid values', () => {
    const { values, notices } = parseParams(table, new URLSearchParams('layers=5&std=1e-3&act=relu&bn=1'));
    expect(values).toEqual({ layers: 5, std: 0.001, act: 'relu', bn: true });
    expect(notices).toEqual([]);
  });

  test('missing values take the defaults silently', () => {
    const { values, notices } = parseParams(table, new URLSearchParams(''));
    expect(values).toEqual(defaults(table));
    expect(notices).toEqual([]);
  });

  test('clamps out-of-range numbers and says so', () => {
    const { values, notices } = parseParams(table, new URLSearchParams('layers=999&std=-1'));
    expect(values.layers).toBe(20);
    expect(values.std).toBe(1e-4);
    expect(notices).toEqual([
      'layers: "999" is outside 1–20; using 20.',
      'weight std: "-1" is outside 0.0001–10; using 0.0001.',
    ]);
  });

  test.each([
    ['layers', 'abc'],
    ['layers', ''],
    ['layers', 'Infinity'],
    ['layers', 'NaN'],
    ['layers', '1e999'],
    ['layers', '0x10'],
    ['layers', '5; drop'],
    ['std', '<img src=x onerror=alert(1)>'],
    ['act', '__proto__'],
    ['act', 'constructor'],
    ['bn', 'yes'],
  ])('replaces %s=%j by the default with a notice', (key, raw) => {
    const { values, notices } = parseParams(table, new URLSearchParams([[key, raw]]));
    expect(values[key as keyof typeof values]).toBe(table[key as keyof typeof table].default);
    expect(notices).toHaveLength(1);
  });

  test('echoes hostile input truncated', () => {
    const { notices } = parseParams(table, new URLSearchParams([['act', 'x'.repeat(500)]]));
    expect(notices[0].length).toBeLessThan(120);
  });

  test('rounds non-integers for integer parameters', () => {
    const { values, notices } = parseParams(table, new URLSearchParams('layers=2.6'));
    expect(values.layers).toBe(3);
    expect(notices[0]).toContain('not a whole number');
  });

  test('serialises only non-default values and round-trips', () => {
    const v = { layers: 7, std: 0.5, act: 'tanh', bn: true };
    const q = serializeParams(table, v, new URLSearchParams('other=keep&act=relu'));
    expect(q.toString()).toBe('other=keep&layers=7&std=0.5&bn=1');
    expect(parseParams(table, q).values).toEqual(v);
  });

  test('prefixes keep several demos apart', () => {
    const q = serializeParams(table, { ...defaults(table), layers: 3 }, new URLSearchParams(), 'a.');
    expect(q.toString()).toBe('a.layers=3');
    expect(parseParams(table, q, 'a.').values.layers).toBe(3);
    expect(parseParams(table, q, 'b.').values.layers).toBe(10);
  });

  test('sanitize clamps values set by a control', () => {
    expect(sanitize(table, { layers: 50, std: NaN, act: 'nope', bn: true })).toEqual({
      layers: 20,
      std: 0.01,
      act: 'tanh',
      bn: true,
    });
  });
});

describe('defineParams and seedParam', () => {
  const declared = defineParams({
    lr: { kind: 'float', default: 0.01, min: 1e-5, max: 10, log: true, step: 0.05, unit: '/step', label: 'rate' },
    iters: { kind: 'int', default: 600, min: 10, max: 5000, step: 10, hint: 'per run', label: 'iterations' },
    k: { kind: 'int', default: 4, min: 2, max: 5, control: 'select', label: 'classes' },
    act: {
      kind: 'enum',
      default: 'relu',
      options: ['relu', 'tanh'],
      optionLabels: { relu: 'ReLU' },
      label: 'activation',
    },
    bn: { kind: 'bool', default: false, label: 'batch norm' },
    seed: seedParam(),
    other: seedParam(42),
  });

  test("keeps every entry's control details as written", () => {
    expect(declared.lr).toEqual({
      kind: 'float',
      default: 0.01,
      min: 1e-5,
      max: 10,
      log: true,
      step: 0.05,
      unit: '/step',
      label: 'rate',
    });
    expect(declared.iters.step).toBe(10);
    expect(declared.iters.hint).toBe('per run');
    expect(declared.k.control).toBe('select');
    expect(declared.act.options).toEqual(['relu', 'tanh']);
    expect(declared.act.optionLabels).toEqual({ relu: 'ReLU' });
    expect(declared.bn).toEqual({ kind: 'bool', default: false, label: 'batch norm' });
  });

  test("keeps an enum's options as its value's type", () => {
    const v = defaults(declared);
    expectTypeOf(v.act).toEqualTypeOf<'relu' | 'tanh'>();
    expectTypeOf(v.lr).toEqualTypeOf<number>();
    expectTypeOf(v.bn).toEqualTypeOf<boolean>();
    expect(parseParams(declared, new URLSearchParams('act=tanh')).values.act).toBe('tanh');
    expect(parseParams(declared, new URLSearchParams('act=gelu')).notices).toEqual([
      'activation: "gelu" is not one of relu, tanh; using relu.',
    ]);
  });

  test('seedParam is a whole number 0 … 999,999 labelled "seed", drawn as a seed field', () => {
    expect(seedParam()).toEqual({ kind: 'int', default: 1, min: 0, max: 999999, label: 'seed', control: 'seed' });
    expect(declared.other).toEqual({ ...seedParam(), default: 42 });
    const { values, notices } = parseParams(declared, new URLSearchParams('seed=-3&other=2.5'));
    expect(values.seed).toBe(0);
    expect(values.other).toBe(3);
    expect(notices).toEqual([
      'seed: "-3" is outside 0–999999; using 0.',
      'seed: "2.5" is not a whole number; using 3.',
    ]);
  });
});

describe('CSV', () => {
  test('quotes separators and neutralises formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1.5, 'x,y'],
          [-2, '=cmd()'],
          [null, 'say "hi"'],
        ],
      ),
    ).toBe('a,b\r\n1.5,"x,y"\r\n-2,\'=cmd()\r\n,"say ""hi"""\r\n');
  });
});
