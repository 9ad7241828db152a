/**
 * The deep-stack instrument (lib/init-deep.ts) streams: each layer's statistics arrive in a
 * frame as soon as they are measured — the first after one layer's product, not after the whole
 * stack — and the frames agree with the final result.
 */
import { expect, test } from 'vitest';
import { deepStack, type DeepProgress, type LayerStats } from '../../src/core/experiments/lib/init-deep.ts';

const spec = {
  widths: [200, 200, 200, 200, 200, 200],
  act: 'tanh' as const,
  weight: () => ({ kind: 'xavier' as const, dist: 'normal' as const }),
  samples: 300,
  seed: 1,
};

async function frames() {
  const out: DeepProgress[] = [];
  const g = deepStack(spec);
  for (;;) {
    const s = await g.next();
    if (s.done) return { frames: out, result: s.value };
    out.push(s.value);
  }
}

test('the first layer is reported after its own product, then each layer forward and back', async () => {
  const { frames: fs, result } = await frames();
  const L = spec.widths.length - 1;
  const withStats = fs.filter((f) => f.stats);
  expect(withStats.map((f) => `${f.phase} ${f.layer}`)).toEqual([
    ...Array.from({ length: L }, (_, i) => `forward ${i + 1}`),
    ...Array.from({ length: L }, (_, i) => `backward ${L - i}`),
  ]);
  // Layer 1 comes after a tenth of the work (one product of ten).
  expect(withStats[0].done).toBeCloseTo(1 / (2 * L), 10);
  // On the way forward the gradients are not measured yet; on the way back they are final.
  const first = withStats[0].stats!;
  expect(first.std).toBe(result.layers[0].std);
  expect(first.hist).toEqual(result.layers[0].hist);
  expect(Number.isNaN(first.grad_std)).toBe(true);
  const back = new Map<number, LayerStats>(
    withStats.filter((f) => f.phase === 'backward').map((f) => [f.layer, f.stats!]),
  );
  for (const l of result.layers) expect(back.get(l.layer)).toEqual(l);
  for (const f of withStats) expect(f.range).toEqual(result.range);
});
