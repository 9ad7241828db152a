/**
 * A sweep's interleaved frames as demos keep them (src/lib/sweep-frames.svelte.ts): the kept
 * frames per run, each run's progress added up, and rows aligned across runs.
 */
import { describe, expect, test } from 'vitest';
import { SweepFrames, alignedRows } from '../../src/lib/sweep-frames.svelte';

interface Frame {
  run: number;
  step: number;
  loss: number | null;
}

describe('SweepFrames', () => {
  test('keeps the frames worth drawing per run, adds up the runs’ positions, and forgets on clear', () => {
    const frames = new SweepFrames<Frame>({ run: (f) => f.run, at: (f) => f.step, keep: (f) => f.loss !== null });
    const arrive: Frame[] = [
      { run: 1, step: 1, loss: null },
      { run: 0, step: 10, loss: 2 },
      { run: 1, step: 10, loss: 3 },
      { run: 0, step: 11, loss: null },
      { run: 1, step: 20, loss: 2.5 },
    ];
    arrive.forEach(frames.add);
    expect(frames.progress).toBe(11 + 20);
    expect(frames.curves(3)).toEqual([[arrive[1]], [arrive[2], arrive[4]], []]);
    const rows = alignedRows(frames.curves(2), (first, point) => [
      first.step,
      point(0)?.loss ?? null,
      point(1)?.loss ?? null,
    ]);
    expect(rows).toEqual([
      [10, 2, 3],
      [20, null, 2.5],
    ]);
    frames.clear();
    expect(frames.kept).toEqual([]);
    expect(frames.progress).toBe(0);
  });
});
