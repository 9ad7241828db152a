/**
 * Dead ReLUs seen in the data cloud (A15, after CS231n's lecture 6): a 2-H-C ReLU network learns a
 * two-dimensional set, and each first-layer unit j is drawn where it lives, in the input plane:
 *
 *   z_j(x) = w_j·x + b_j = w_j1·x_1 + w_j2·x_2 + b_j        its pre-activation
 *   the line z_j = 0                                          where it switches on or off
 *   the half-plane z_j > 0                                    where it is active (ReLU passes z_j)
 *
 * A unit whose active half-plane contains no data point outputs 0 on every example, and its
 * local gradient ReLU'(z) is 0 on every example, so ∂L/∂w_j = Σᵢ xᵢ·δᵢⱼ and ∂L/∂b_j = Σᵢ δᵢⱼ are
 * exactly 0: plain SGD never moves its line again, and since the inputs are fixed it stays dead.
 * A bad start (a large negative bias puts most lines' active sides beyond the cloud) or a
 * learning rate large enough that one update throws a line off the cloud kills units.
 *
 *   const { result } = await runToEnd(actCloud, { data: 'spiral', hidden: 8, biasInit: -2, lr: 0.1, … }, ctx);
 *   result.final.deadFraction       // most units dead, from the start
 *   result.frozen                   // every dead unit's w and b unchanged since it died
 *
 * Each probe also back-propagates the loss of the whole data set once (outside the training
 * steps, which the trainer takes) to report the gradient each unit's parameters receive, and
 * clips each unit's line and active half-plane to the square the demo draws (`halfPlane`).
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { circles, spiral, type Toy2d } from '../data/toy2d.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { matrix } from '../matrix.ts';
import { softmaxCrossEntropyLoss } from '../losses.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-cloud';

export interface ActCloudConfig {
  /** The 3-arm spiral (300 points) or two concentric circles (300 points). */
  data: 'spiral' | 'circles';
  hidden: number;
  /** The starting value of every hidden bias (the output biases start at 0). */
  biasInit: number;
  /** Learning rate of plain SGD. */
  lr: number;
  batch: number;
  iterations: number;
  /** Iterations between two pictures of the lines. */
  every: number;
  seed: number;
}

/** One picture of the first layer. */
export interface ActCloudFrame {
  iteration: number;
  /** Per hidden unit j: w_j1, w_j2, b_j (interleaved, 3 per unit). */
  lines: number[];
  /** Per unit: how many data points lie in its active half-plane (z > 0). */
  active: number[];
  /** Per unit: ‖(∂L/∂w_j, ∂L/∂b_j)‖ on the whole data set. */
  grad: number[];
  /** Per unit: its line inside the view square, [x0, y0, x1, y1], or [] if the line misses it. */
  segments: number[][];
  /** Per unit: the polygon (x, y interleaved) of the view square where the unit is active. */
  regions: number[][];
  /** Fraction of units with no data point on their active side. */
  deadFraction: number;
  loss: number;
  accuracy: number;
  diverged: boolean;
  /** The data (x₁, x₂ interleaved) and labels: in the first frame only. */
  points?: number[];
  labels?: number[];
}

/** Half the side of the square [−VIEW, VIEW]² the lines are clipped to (the data lie within ≈ 1.2). */
export const VIEW = 1.6;

/**
 * The part of the square [−s, s]² where w1·x + w2·y + b > 0 (a convex polygon, possibly empty),
 * and the segment of the line w1·x + w2·y + b = 0 inside the square (empty if it misses it): the
 * square's corners are kept where they are active, and an edge that changes side is cut where
 * it crosses the line.
 */
export function halfPlane(w1: number, w2: number, b: number, s = VIEW): { polygon: number[]; segment: number[] } {
  const corners = [
    [-s, -s],
    [s, -s],
    [s, s],
    [-s, s],
  ];
  const z = corners.map(([x, y]) => w1 * x + w2 * y + b);
  const polygon: number[] = [];
  const segment: number[] = [];
  for (let k = 0; k < 4; k++) {
    const [x, y] = corners[k];
    const next = (k + 1) % 4;
    if (z[k] > 0) polygon.push(x, y);
    if (z[k] > 0 !== z[next] > 0) {
      const t = z[k] / (z[k] - z[next]); // where z crosses 0 along the edge
      const cx = x + t * (corners[next][0] - x),
        cy = y + t * (corners[next][1] - y);
      polygon.push(cx, cy);
      segment.push(cx, cy);
    }
  }
  return { polygon, segment: segment.length === 4 ? segment : [] };
}

export interface ActCloudResult {
  final: ActCloudFrame;
  points: number[];
  labels: number[];
  classes: number;
  /** Dead fraction at the start (before any step). */
  deadAtStart: number;
  /** Largest dead fraction seen. */
  maxDeadFraction: number;
  /** Units that were dead at one picture and alive at a later one. */
  revived: number;
  /** True when every unit dead at the end has exactly the w and b it had when first seen dead. */
  frozen: boolean;
  /** Largest gradient norm received by a unit while it was dead (exactly 0 for ReLU). */
  maxDeadGrad: number;
}

function dataOf(config: ActCloudConfig, rng: Rng): Toy2d {
  return config.data === 'circles' ? circles(300, rng, 0.08, 0.5) : spiral(100, 3, rng);
}

export const actCloud: Experiment<ActCloudConfig, ActCloudFrame, ActCloudResult> = async function* actCloud(config) {
  checkLimit('maxIterations', config.iterations, 'iterations');
  checkLimit('maxWidth', config.hidden, 'hidden units');
  const root = new Rng(config.seed);
  const data = dataOf(config, root.fork('data'));
  const n = data.x.rows;
  const H = config.hidden;
  const net = buildMlp(
    {
      sizes: [2, H, data.classes],
      activation: 'relu',
      init: { kind: 'he', dist: 'normal' },
      biasInit: config.biasInit,
    },
    root.fork('init'),
  );
  const [first, out] = net.layersOf('dense');
  out.b.value.fill(0);
  const W = first.W.value; // 2 × H, row-major: W[j] is w_j1, W[H + j] is w_j2
  const b = first.b.value;
  const X = data.x.data;
  const points = Array.from(X);
  const labels = Array.from(data.y);
  const dscores = matrix(n, data.classes);

  const picture = (iteration: number, diverged: boolean): ActCloudFrame => {
    const lines: number[] = [];
    const active = new Array<number>(H).fill(0);
    const segments: number[][] = [];
    const regions: number[][] = [];
    let dead = 0;
    for (let j = 0; j < H; j++) {
      lines.push(W[j], W[H + j], b[j]);
      const hp = halfPlane(W[j], W[H + j], b[j]);
      segments.push(hp.segment);
      regions.push(hp.polygon);
      for (let i = 0; i < n; i++) if (W[j] * X[2 * i] + W[H + j] * X[2 * i + 1] + b[j] > 0) active[j]++;
      if (active[j] === 0) dead++;
    }
    // The gradient of the whole data set's loss, for every parameter of the first layer.
    const scores = net.forward(data.x, true);
    const loss = softmaxCrossEntropyLoss.sum(scores, data.y, dscores) / n;
    net.backward(dscores);
    const gW = first.W.grad,
      gb = first.b.grad;
    const grad = Array.from({ length: H }, (_, j) => Math.sqrt(gW[j] * gW[j] + gW[H + j] * gW[H + j] + gb[j] * gb[j]));
    const accuracy = evaluate(net, data.x, data.y).accuracy;
    return { iteration, lines, active, grad, segments, regions, deadFraction: dead / H, loss, accuracy, diverged };
  };

  // What each unit looked like when it was first seen dead (NaN: not dead).
  const diedAs = new Float64Array(3 * H).fill(NaN);
  let revived = 0;
  let maxDead = 0;
  let maxDeadGrad = 0;
  let frozen = true;
  const track = (f: ActCloudFrame) => {
    maxDead = Math.max(maxDead, f.deadFraction);
    for (let j = 0; j < H; j++) {
      const isDead = f.active[j] === 0;
      const was = !Number.isNaN(diedAs[3 * j]);
      if (isDead) {
        maxDeadGrad = Math.max(maxDeadGrad, f.grad[j]);
        if (!was) for (let c = 0; c < 3; c++) diedAs[3 * j + c] = f.lines[3 * j + c];
        else for (let c = 0; c < 3; c++) if (diedAs[3 * j + c] !== f.lines[3 * j + c]) frozen = false;
      } else if (was) {
        revived++;
        diedAs.fill(NaN, 3 * j, 3 * j + 3);
      }
    }
  };

  let last = picture(0, false);
  const deadAtStart = last.deadFraction;
  track(last);
  yield { ...last, points, labels };
  const trainer = new Trainer({
    entries: [{ name: 'relu', net, optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }) }],
    data,
    batchSize: config.batch,
    shuffle: root.fork('batches'),
  });
  for (const f of train(trainer, { steps: config.iterations, every: config.every })) {
    const diverged = f.entries[0].diverged;
    if (!f.probed && !diverged) continue;
    last = picture(f.step, diverged);
    track(last);
    yield last;
    if (diverged) break;
  }
  return {
    final: last,
    points,
    labels,
    classes: data.classes,
    deadAtStart,
    maxDeadFraction: maxDead,
    revived,
    frozen,
    maxDeadGrad,
  };
};
export default actCloud;
