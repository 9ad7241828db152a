import { describe, expect, test } from 'vitest';
import { parseParams, serializeParams, sanitize, defaults, type ParamTable } from '../../src/lib/url-state';
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
