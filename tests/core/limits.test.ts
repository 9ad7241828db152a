/**
 * Absurd requests fail fast with a LimitError naming the limit, instead of freezing a tab.
 */
import { describe, expect, test } from 'vitest';
import { checkLimit, checkMlpLimits, LimitError, LIMITS, mlpParamCount } from '../../src/core/limits.ts';
import { buildMlp } from '../../src/core/network.ts';
import { matrix } from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';

const init = { kind: 'he', dist: 'normal' } as const;

function limitErrorOf(f: () => unknown): LimitError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(LimitError);
    return err as LimitError;
  }
  throw new Error('expected a LimitError');
}

describe('limits', () => {
  test('a million-unit layer: maxWidth, named in the message with the value asked for', () => {
    const e = limitErrorOf(() => buildMlp({ sizes: [784, 1_000_000, 10], activation: 'relu', init }, new Rng(1)));
    expect(e.limit).toBe('maxWidth');
    expect(e.value).toBe(1_000_000);
    expect(e.message).toContain('maxWidth');
    expect(e.message).toContain('1000000');
    expect(e.message).toContain(String(LIMITS.maxWidth));
    expect(e.name).toBe('LimitError');
  });

  test('depth, parameters, maxout k, batch and activation memory', () => {
    const deep = new Array(500).fill(10);
    expect(limitErrorOf(() => checkMlpLimits({ sizes: deep })).limit).toBe('maxDepth');
    expect(limitErrorOf(() => checkMlpLimits({ sizes: [4000, 4000, 10] })).message).toContain('maxParams');
    expect(limitErrorOf(() => checkMlpLimits({ sizes: [2, 10, 2], maxoutK: 1000 })).limit).toBe('maxMaxoutK');
    expect(limitErrorOf(() => checkMlpLimits({ sizes: [2, 10, 2] }, 1e6)).limit).toBe('maxBatch');
    expect(limitErrorOf(() => checkMlpLimits({ sizes: [2, 4000, 2] }, 5000)).limit).toBe('maxActivationElements');
    const many = [2, ...new Array(90).fill(100), 2]; // 0.9M parameters, but 1000 rows × 9002 units
    expect(limitErrorOf(() => checkMlpLimits({ sizes: many }, 1000)).limit).toBe('maxTotalActivationElements');
    expect(limitErrorOf(() => checkLimit('maxIterations', 1e9, 'steps')).message).toMatch(
      /maxIterations.*steps is 1000000000/,
    );
    expect(limitErrorOf(() => checkLimit('maxSamples', NaN)).limit).toBe('maxSamples');
  });

  test('a forward pass with too many rows is refused before it allocates', () => {
    const net = buildMlp({ sizes: [2, 1000, 2], activation: 'relu', init }, new Rng(1));
    expect(limitErrorOf(() => net.forward(matrix(9000, 2), false)).limit).toBe('maxActivationElements');
  });

  test('reasonable course configs pass; the parameter count matches the built network', () => {
    const configs = [
      { sizes: [784, 100, 10], activation: 'relu' as const, init },
      { sizes: [784, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 10], activation: 'tanh' as const, init },
      { sizes: [784, 200, 200, 10], activation: 'relu' as const, init, batchNorm: true },
      { sizes: [784, 100, 10], activation: 'relu' as const, init, maxoutK: 4 },
      { sizes: [784, 100, 100, 10], activation: 'prelu' as const, init },
    ];
    for (const c of configs) {
      expect(() => checkMlpLimits(c, 1000)).not.toThrow();
      expect(mlpParamCount(c)).toBe(buildMlp(c, new Rng(1)).paramCount());
    }
  });
});
