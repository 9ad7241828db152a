/**
 * Sweeps over a pool: independent runs give the same result, bit for bit, whichever lane computes
 * each and in whatever order they finish. Here the other lanes are simulated in Node (each a run
 * stepped between timer ticks, so the runs interleave and finish out of order); the component
 * tests check the real worker pool in Chromium.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd, type ExperimentContext } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { LOCAL, runSweep, type Lane, type Sweep } from '../../src/core/sweep.ts';
import { sweep as bnSweepPlan, bnSweep } from '../../src/core/experiments/bn-sweep.ts';
import { sweep as bnLrPlan, bnLr } from '../../src/core/experiments/bn-lr.ts';
import { sweep as galleryPlan, sanityGallery } from '../../src/core/experiments/sanity-gallery.ts';
import { sweep as actRacePlan, actRace } from '../../src/core/experiments/act-race.ts';
import { sweep as initMnistPlan, initMnist } from '../../src/core/experiments/init-mnist.ts';
import { sweep as optRacePlan, optRace } from '../../src/core/experiments/opt-race.ts';
import { sweep as searchRandomPlan, searchRandom } from '../../src/core/experiments/search-random.ts';
import { sweep as searchBayesPlan, searchBayes } from '../../src/core/experiments/search-bayes.ts';
import { sweep as searchEarlyPlan, searchEarly } from '../../src/core/experiments/search-early.ts';
import { sweep as optRegPlan, optReg } from '../../src/core/experiments/opt-reg.ts';
import { SMALL_OPT_RACE, SMALL_SEARCH_RANDOM } from '../shared/small-sweeps.ts';

/** A lane that runs whole runs in this thread, one step per timer tick (so lanes interleave). */
function tickingLane<RC, RF, RR>(
  run: Sweep<unknown, RC, RF, RR, unknown, unknown>['run'],
  ctx: ExperimentContext,
  delay: number,
): Lane<RC, RF, RR> {
  return {
    start(config, onFrame, onDone, onError) {
      const it = run(config, ctx);
      const step = () =>
        it.next().then(
          (s) => {
            if (s.done) onDone(s.value);
            else {
              onFrame(s.value);
              setTimeout(step, delay);
            }
          },
          (e) => onError(e as Error),
        );
      setTimeout(step, delay);
    },
  };
}

/** JSON with NaN and ±∞ kept apart (JSON.stringify would make them null). */
const exact = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? `#${x}` : x));

async function pooled<C, RC, RF, RR, F, R>(sweep: Sweep<C, RC, RF, RR, F, R>, config: C, lanes: number) {
  const others = Array.from({ length: lanes - 1 }, (_, k) => tickingLane(sweep.run, nodeContext, k));
  const frames: F[] = [];
  const it = runSweep(sweep, config, nodeContext, [LOCAL, ...others]);
  for (;;) {
    const s = await it.next();
    if (s.done) return { frames, result: s.value };
    frames.push(s.value);
    // As the worker does between time slices: let the other lanes' messages in.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const cases = [
  {
    name: 'bn-sweep',
    sweep: bnSweepPlan,
    serial: bnSweep,
    config: {
      scaleCount: 3,
      trainSize: 300,
      hiddenLayers: 2,
      width: 20,
      epochs: 2,
      batch: 50,
      lr: 0.1,
      evalEvery: 1,
      threshold: 0.5,
      seed: 3,
    },
  },
  {
    name: 'bn-lr',
    sweep: bnLrPlan,
    serial: bnLr,
    config: {
      lrCount: 3,
      lrMin: 0.01,
      lrMax: 10,
      trainSize: 300,
      hiddenLayers: 2,
      width: 20,
      iterations: 40,
      batch: 50,
      threshold: 0.3,
      seed: 2,
    },
  },
  { name: 'sanity-gallery', sweep: galleryPlan, serial: sanityGallery, config: { steps: 50, seed: 4 } },
  {
    name: 'act-race',
    sweep: actRacePlan,
    serial: actRace,
    config: {
      activations: ['relu', 'tanh', 'sigmoid'],
      hidden: 20,
      layers: 2,
      init: 'he',
      optimizer: 'sgd',
      lr: 0.1,
      batch: 32,
      iterations: 60,
      threshold: 1.5,
      trainSize: 300,
      evalSize: 200,
      evalEvery: 10,
      seeds: 3,
      seed: 1,
    },
  },
  {
    name: 'init-mnist',
    sweep: initMnistPlan,
    serial: initMnist,
    config: { iterations: 30, lr: 0.01, batch: 64, seed: 3, every: 10 },
  },
  { name: 'opt-race', sweep: optRacePlan, serial: optRace, config: SMALL_OPT_RACE },
  // Two stages: the fine trials are planned from the coarse results.
  { name: 'search-random', sweep: searchRandomPlan, serial: searchRandom, config: SMALL_SEARCH_RANDOM },
  {
    name: 'search-bayes',
    sweep: searchBayesPlan,
    serial: searchBayes,
    config: { k: 2, init: 4, reference: 20, objectiveSeed: 1, seed: 2 },
  },
  {
    name: 'search-early',
    sweep: searchEarlyPlan,
    serial: searchEarly,
    config: { trials: 6, stopStep: 50, threshold: 0.8, audit: true, seed: 2 },
  },
  {
    name: 'opt-reg',
    sweep: optRegPlan,
    serial: optReg,
    config: {
      trainN: 200,
      testN: 300,
      hidden: 30,
      layers: 2,
      lr: 0.05,
      optimizer: 'sgd',
      lambda: 0.1,
      dropout: 0.2,
      batch: 50,
      epochs: 4,
      evalEvery: 2,
      seed: 1,
    },
  },
] as const;

describe('a pool gives the serial result bit for bit', () => {
  for (const c of cases) {
    test(`${c.name}: 1, 2 and 3 lanes give the same result as the serial experiment; frames are the same, in another order`, async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case's own types
      const serial = await runToEnd(c.serial as any, c.config, nodeContext);
      for (const lanes of [1, 2, 3]) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const p = await pooled(c.sweep as any, c.config, lanes);
        expect(exact(p.result), `${lanes} lanes`).toBe(exact(serial.result));
        expect(p.frames.map(exact).sort()).toEqual(serial.frames.map(exact).sort());
        if (lanes === 1) expect(p.frames.map(exact)).toEqual(serial.frames.map(exact));
      }
    });
  }

  test('the runs really interleave with 2 lanes (so the check above is not a serial run in disguise)', async () => {
    const p = await pooled(bnSweepPlan, cases[0].config, 2);
    const runs = p.frames.filter((f) => f.kind === 'epoch').map((f) => `${f.scaleIndex}-${f.bn}`);
    // Some run's frames resume after another run's frame came in between.
    const resumed = runs.some((k, i) => i >= 2 && runs.slice(0, i - 1).includes(k) && runs[i - 1] !== k);
    expect(resumed).toBe(true);
  });
});

describe('the schedule over several lanes', () => {
  /** A sweep of runs that each take `ms[i]` of this thread's time, in `slices` steps; local starts are logged as `L<i>`. */
  function timedSweep(ms: number[], slices: number, started: string[], cost?: (i: number) => number) {
    const sweep: Sweep<null, number, null, number, never, number[]> = {
      runs: () => ms.map((_, i) => i),
      async *run(i) {
        started.push(`L${i}`);
        for (let k = 0; k < slices; k++) {
          const until = performance.now() + ms[i] / slices;
          while (performance.now() < until);
          yield null;
        }
        return i;
      },
      ...(cost ? { cost: (i: number) => cost(i) } : {}),
      combine: (results) => results,
    };
    return sweep;
  }

  /** A lane whose runs take `ms[i]` on a timer (another thread's time); its starts are logged as `R<i>`. */
  function timerLane(ms: number[], started: string[]): Lane<number, null, number> {
    return {
      start(i, _onFrame, onDone) {
        started.push(`R${i}`);
        setTimeout(() => onDone(i), ms[i]);
      },
    };
  }

  async function drain<T>(it: AsyncGenerator<unknown, T, void>): Promise<T> {
    for (;;) {
      const s = await it.next();
      if (s.done) return s.value;
    }
  }

  test('with several lanes the costliest run goes first (equal costs in plan order); with one lane, plan order', async () => {
    const ms = [1, 1, 1, 1, 1];
    const cost = (i: number) => [1, 3, 1, 2, 2][i];
    const started: string[] = [];
    const result = await drain(
      runSweep(timedSweep(ms, 1, started, cost), null, nodeContext, [LOCAL, timerLane(ms, started)]),
    );
    expect(result).toEqual([0, 1, 2, 3, 4]);
    // This thread takes run 1 and the lane run 3 (the lane's start is logged first, this thread's
    // when its run takes its first step); the rest follow as lanes come free, 4 before 0 and 2.
    expect(started.slice(0, 2).sort()).toEqual(['L1', 'R3']);
    expect(started.slice(2).map((s) => Number(s.slice(1)))).toEqual([4, 0, 2]);

    const serial: string[] = [];
    await drain(runSweep(timedSweep(ms, 1, serial, cost), null, nodeContext, [LOCAL]));
    expect(serial).toEqual(['L0', 'L1', 'L2', 'L3', 'L4']);
  });

  test('with `poll`, a lane that finishes gets its next run while this thread is still computing its own', async () => {
    // This thread's run 0 takes 200 ms in 40 steps; each of the other lane's runs takes 20 ms.
    const ms = [200, 20, 20, 20, 20, 20];
    const poll = () => new Promise<void>((resolve) => setImmediate(resolve));
    const polled: string[] = [];
    await drain(runSweep(timedSweep(ms, 40, polled), null, nodeContext, [LOCAL, timerLane(ms, polled)], poll));
    expect(polled.filter((s) => s[0] === 'L')).toEqual(['L0']);
    expect(polled.filter((s) => s[0] === 'R')).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    // Without it, the lane's first result waits for this thread's whole run (nothing else turns
    // the event loop here), so this thread computes the short runs itself.
    const unpolled: string[] = [];
    await drain(runSweep(timedSweep(ms, 40, unpolled), null, nodeContext, [LOCAL, timerLane(ms, unpolled)]));
    expect(unpolled.filter((s) => s[0] === 'L')).toEqual(['L0', 'L2', 'L3', 'L4', 'L5']);
    expect(unpolled.filter((s) => s[0] === 'R')).toEqual(['R1']);
  });
});
