/**
 * Seeded, splittable randomness. The generator (sfc32) uses only 32-bit integer arithmetic, and
 * Gaussian draws (Box–Muller) use the core's own log, sin and cos (mathfn.ts, built from IEEE
 * arithmetic only), so a seed gives the same draws in Node and in every browser, bit for bit.
 * Each named stream is derived from the seed by hashing, so adding draws to one stream never
 * shifts another.
 *
 *   const root = new Rng(42);
 *   const init = root.fork('init');       // weights
 *   const data = root.fork('data');       // data set
 *   const order = root.fork('shuffle');   // batch order
 *   init.normal();  data.uniform();  order.int(10);
 *
 * `streams(seed)` returns the four streams the course uses.
 */

import { cos, log, sin } from './mathfn.ts';

/** 32-bit FNV-1a over a string: turns a stream name into a number. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: spreads one 32-bit seed into well-mixed state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stream's position: its four state words and the spare Gaussian draw (see `Rng.save`). */
export interface RngState {
  readonly words: readonly [number, number, number, number];
  readonly spare: number | null;
}

export class Rng {
  /** The seed this stream was made from (after hashing, for forks). */
  readonly seed: number;
  /**
   * The four state words a, b, c, d, as 32-bit integers. In a typed array rather than as four
   * fields: engines that keep object fields as 31-bit integers (Chromium's) would otherwise box
   * every word that needs the 32nd bit, and draws ran about twice as slow in a page as in Node.
   */
  private readonly s = new Int32Array(4);
  private spare: number | null = null;

  constructor(seed: number | string = 0) {
    const s = typeof seed === 'string' ? hashString(seed) : (Math.floor(Math.abs(seed)) % 0x100000000) >>> 0;
    this.seed = s;
    const st = { s };
    this.s[0] = splitmix32(st);
    this.s[1] = splitmix32(st);
    this.s[2] = splitmix32(st);
    this.s[3] = splitmix32(st) | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The stream's position (to come back to it with `restore`). */
  save(): RngState {
    const [a, b, c, d] = this.s;
    return { words: [a, b, c, d], spare: this.spare };
  }

  /** Continues from a position `save` returned: the same draws follow. */
  restore(state: RngState): void {
    this.s.set(state.words);
    this.spare = state.spare;
  }

  /** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): a uniform 32-bit integer. */
  nextUint32(): number {
    const s = this.s;
    const a = s[0],
      b = s[1],
      c = s[2],
      d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    s[3] = (d + 1) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) * 2 ** -53;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Standard normal N(0, 1), by the Box–Muller transform (the second value is kept). */
  normal(): number {
    if (this.spare !== null) {
      const v = this.spare;
      this.spare = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * log(u));
    this.spare = r * sin(2 * Math.PI * v);
    return r * cos(2 * Math.PI * v);
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Fills `out` with N(0, std²) draws. */
  fillNormal(out: Float64Array, std = 1): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = std * this.normal();
    return out;
  }

  /** Fills `out` with U(lo, hi) draws. */
  fillUniform(out: Float64Array, lo: number, hi: number): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = lo + (hi - lo) * this.uniform();
    return out;
  }

  /** Shuffles an array in place (Fisher–Yates). */
  shuffle<T extends { length: number; [i: number]: unknown }>(arr: T): T {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }

  /** A permutation of 0..n-1. */
  permutation(n: number): Int32Array {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }

  /** An independent stream named `name`, derived from this stream's seed (not its position). */
  fork(name: string): Rng {
    return new Rng(hashString(`${this.seed}:${name}`));
  }
}

/** The independent streams the course uses for one seed. */
export interface Streams {
  init: Rng;
  data: Rng;
  shuffle: Rng;
  dropout: Rng;
}

export function streams(seed: number): Streams {
  const root = new Rng(seed);
  return {
    init: root.fork('init'),
    data: root.fork('data'),
    shuffle: root.fork('shuffle'),
    dropout: root.fork('dropout'),
  };
}
