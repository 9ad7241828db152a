/**
 * A small colour image set the course makes itself, from a seed, with nothing to download: 32×32
 * RGB images (the shape of CIFAR-10's) of one of ten shapes on a landscape-like background.
 *
 *   const set = colourShapes(1000, new Rng(1).fork('images'));
 *   set.pixels[imageOffset(i) + pixelIndex(row, col, channel)]   // 0–255
 *   set.labels[i]                                                  // 0–9, SHAPE_NAMES[label]
 *   const mean = meanImage(set);           // 3,072 numbers: one per pixel position and colour (AlexNet)
 *   const rgb = channelMeans(set);         // 3 numbers: one per colour (VGG)
 *   const x = centred(set, 'image', mean); // n × 3,072 matrix, the mean image subtracted
 *
 * How an image is made (every number from `rng`, in this order):
 *   1. Background. A horizon at a height drawn uniformly from rows 11 to 21. Above it a sky whose
 *      colour is (100, 150, 215) plus N(0, 18²) per channel, darkening to 80% at the top; below
 *      it ground of (95, 125, 55) plus N(0, 18²) per channel, darkening to 75% at the bottom.
 *   2. The shape, its class chosen uniformly from the ten: disc, ring, square, frame, triangle,
 *      inverted triangle, plus, cross, horizontal bar, vertical bar; its centre uniform in
 *      [10, 22]² (pixel units), its size (radius or half-width) uniform in [5, 10], its colour
 *      uniform in [20, 235] per channel. A pixel belongs to the shape when its centre is inside.
 *   3. A colour cast on the whole image: each channel multiplied by its own factor, uniform in
 *      [0.75, 1.25], then one brightness offset N(0, 12²) added to all three.
 *   4. Noise uniform in [−10, 10] on every value (one byte of the stream each: (byte + ½)·20/256 − 10),
 *      then rounding and clipping to 0–255.
 * Pixels are stored row by row, each as (red, green, blue): value (row, col, ch) of image i is
 * pixels[3072·i + 96·row + 3·col + ch], the [32, 32, 3] layout of the preprocessing chapter.
 *
 * The layout gives the set a mean image with spatial structure (sky above, ground below, the
 * shapes' average near the centre), which a per-channel mean cannot remove and a mean image can.
 */
import { matrix, type Matrix } from '../matrix.ts';
import type { Rng } from '../rng.ts';

export const SIDE = 32;
export const CHANNELS = 3;
/** Values per image: 32 × 32 × 3. */
export const IMAGE_SIZE = SIDE * SIDE * CHANNELS;
export const SHAPE_NAMES = [
  'disc',
  'ring',
  'square',
  'frame',
  'triangle',
  'inverted triangle',
  'plus',
  'cross',
  'horizontal bar',
  'vertical bar',
] as const;

export interface ImageSet {
  readonly n: number;
  /** n × 3,072 values 0–255, image after image, each [32, 32, 3] row-major. */
  readonly pixels: Uint8Array;
  /** n class ids, 0–9. */
  readonly labels: Int32Array;
  readonly classes: number;
}

/** Index of (row, col, channel) within one image. */
export function pixelIndex(row: number, col: number, channel: number): number {
  return (row * SIDE + col) * CHANNELS + channel;
}

/** True when the point (dx, dy) from the shape's centre (y pointing down) is inside shape `k` of size s. */
function inside(k: number, dx: number, dy: number, s: number): boolean {
  const ax = Math.abs(dx),
    ay = Math.abs(dy);
  const t = Math.max(1.5, s / 3); // stroke half-width of the thin shapes
  switch (k) {
    case 0: // disc
      return dx * dx + dy * dy <= s * s;
    case 1: {
      // ring
      const d2 = dx * dx + dy * dy;
      return d2 <= s * s && d2 >= (s - 2 * t) * (s - 2 * t);
    }
    case 2: // square
      return ax <= 0.85 * s && ay <= 0.85 * s;
    case 3: {
      // frame: a square outline 30% of the size thick
      const e = 0.85 * s - Math.max(1.5, 0.3 * s);
      return ax <= 0.85 * s && ay <= 0.85 * s && (ax > e || ay > e);
    }
    case 4: // triangle, apex up
      return dy >= -s && dy <= s && ax <= (dy + s) / 2;
    case 5: // inverted triangle
      return dy >= -s && dy <= s && ax <= (s - dy) / 2;
    case 6: // plus
      return (ax <= t && ay <= s) || (ay <= t && ax <= s);
    case 7: // cross (x)
      return ax <= s && ay <= s && Math.abs(ax - ay) <= 1.4 * t;
    case 8: // horizontal bar
      return ay <= t && ax <= 1.2 * s;
    default: // vertical bar
      return ax <= t && ay <= 1.2 * s;
  }
}

/** Draws `n` images (see the file comment for exactly how). */
export function colourShapes(n: number, rng: Rng): ImageSet {
  if (!(Number.isInteger(n) && n >= 0)) throw new Error(`colourShapes: n must be a whole number, got ${n}`);
  const pixels = new Uint8Array(n * IMAGE_SIZE);
  const labels = new Int32Array(n);
  const img = new Float64Array(IMAGE_SIZE);
  const SKY = [100, 150, 215],
    GROUND = [95, 125, 55];
  for (let i = 0; i < n; i++) {
    // 1. Background.
    const horizon = rng.range(11, 21);
    const sky = SKY.map((c) => c + 18 * rng.normal());
    const ground = GROUND.map((c) => c + 18 * rng.normal());
    // 2. The shape.
    const k = rng.int(10);
    const cx = rng.range(10, 22),
      cy = rng.range(10, 22),
      s = rng.range(5, 10);
    const colour = [rng.range(20, 235), rng.range(20, 235), rng.range(20, 235)];
    // 3. The cast.
    const gain = [rng.range(0.75, 1.25), rng.range(0.75, 1.25), rng.range(0.75, 1.25)];
    const offset = 12 * rng.normal();
    for (let row = 0; row < SIDE; row++) {
      const y = row + 0.5;
      const above = y < horizon;
      const shade = above ? 0.8 + (0.2 * y) / horizon : 1 - (0.25 * (y - horizon)) / (SIDE - horizon);
      for (let col = 0; col < SIDE; col++) {
        const inShape = inside(k, col + 0.5 - cx, y - cy, s);
        for (let ch = 0; ch < CHANNELS; ch++) {
          const base = inShape ? colour[ch] : (above ? sky[ch] : ground[ch]) * shade;
          img[pixelIndex(row, col, ch)] = base * gain[ch] + offset;
        }
      }
    }
    // 4. Noise, rounding, clipping. One 32-bit draw gives the noise of four values.
    const out = i * IMAGE_SIZE;
    let bits = 0;
    for (let j = 0; j < IMAGE_SIZE; j++) {
      if ((j & 3) === 0) bits = rng.nextUint32();
      const noise = (((bits >>> (8 * (j & 3))) & 255) + 0.5) * (20 / 256) - 10;
      const v = Math.round(img[j] + noise);
      pixels[out + j] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
    labels[i] = k;
  }
  return { n, pixels, labels, classes: SHAPE_NAMES.length };
}

/** The mean image: for each of the 3,072 (row, col, channel) positions, its mean over the set. */
export function meanImage(set: ImageSet): Float64Array {
  const mean = new Float64Array(IMAGE_SIZE);
  for (let i = 0; i < set.n; i++) {
    const base = i * IMAGE_SIZE;
    for (let j = 0; j < IMAGE_SIZE; j++) mean[j] += set.pixels[base + j];
  }
  for (let j = 0; j < IMAGE_SIZE; j++) mean[j] /= set.n;
  return mean;
}

/** The per-channel means: red, green and blue, each over every pixel of every image. */
export function channelMeans(set: ImageSet): [number, number, number] {
  const mean = meanImage(set);
  const rgb: [number, number, number] = [0, 0, 0];
  for (let j = 0; j < IMAGE_SIZE; j++) rgb[j % CHANNELS] += mean[j];
  return rgb.map((c) => c / (SIDE * SIDE)) as [number, number, number];
}

/** What is subtracted: nothing, one mean per colour (VGG), or one per pixel and colour (AlexNet). */
export type Centring = 'none' | 'channel' | 'image';

/**
 * The images `rows` of a set as a matrix, one image per row, with the chosen mean subtracted
 * (`mean` is the training set's mean image; the channel means are its averages) and then
 * multiplied by `scale` (1 keeps the 0–255 scale, 1/255 gives unit scale).
 */
export function centred(
  set: ImageSet,
  centring: Centring,
  mean: Float64Array,
  rows: ArrayLike<number> = Array.from({ length: set.n }, (_, i) => i),
  scale = 1,
): Matrix {
  const sub = subtracted(centring, mean);
  const x = matrix(rows.length, IMAGE_SIZE);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] * IMAGE_SIZE,
      dst = r * IMAGE_SIZE;
    for (let j = 0; j < IMAGE_SIZE; j++) x.data[dst + j] = (set.pixels[src + j] - sub[j]) * scale;
  }
  return x;
}

/** The 3,072 numbers a centring subtracts: zeros, the channel means repeated at every pixel, or the mean image. */
export function subtracted(centring: Centring, mean: Float64Array): Float64Array {
  if (centring === 'image') return mean;
  const sub = new Float64Array(IMAGE_SIZE);
  if (centring === 'none') return sub;
  const rgb = [0, 0, 0];
  for (let j = 0; j < IMAGE_SIZE; j++) rgb[j % CHANNELS] += mean[j] / (SIDE * SIDE);
  for (let j = 0; j < IMAGE_SIZE; j++) sub[j] = rgb[j % CHANNELS];
  return sub;
}
