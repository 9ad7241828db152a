/**
 * The data sets: the MNIST asset decodes with the documented split, and the toy sets are
 * deterministic by seed.
 */
import { describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { decodeMnist, mnistMatrix, MNIST_PIXELS } from '../../src/core/data/mnist.ts';
import { DEFAULT_MNIST_PATH, loadMnistFromDisk, nodeContext } from '../../src/core/data/mnist-node.ts';
import { blobs, circles, spiral, xor } from '../../src/core/data/toy2d.ts';
import { Rng } from '../../src/core/rng.ts';

describe('MNIST asset', () => {
  const data = loadMnistFromDisk();

  test('split counts follow the documented rule (⌊0.8·n_d⌋ per digit for training)', () => {
    expect(data.train.n).toBe(7996);
    expect(data.test.n).toBe(2004);
    const trainPerDigit = [800, 901, 792, 825, 784, 690, 811, 856, 755, 782];
    const testPerDigit = [201, 226, 199, 207, 196, 173, 203, 214, 189, 196];
    const count = (labels: Uint8Array) => {
      const c = new Array(10).fill(0);
      for (const l of labels) c[l]++;
      return c;
    };
    expect(count(data.train.labels)).toEqual(trainPerDigit);
    expect(count(data.test.labels)).toEqual(testPerDigit);
    // balanced-ish: every digit between 8% and 12% of each split
    for (const c of [...trainPerDigit.map((v) => v / 7996), ...testPerDigit.map((v) => v / 2004)]) {
      expect(c).toBeGreaterThan(0.08);
      expect(c).toBeLessThan(0.12);
    }
  });

  test('the splits are shuffled: the first 100 training images cover all ten digits', () => {
    expect(new Set(data.train.labels.subarray(0, 100)).size).toBe(10);
    expect(new Set(data.test.labels.subarray(0, 100)).size).toBe(10);
  });

  test('pixel range and ink statistics look like MNIST', () => {
    let max = 0;
    let sum = 0;
    for (const v of data.train.pixels) {
      if (v > max) max = v;
      sum += v;
    }
    expect(max).toBe(255);
    const mean = sum / data.train.pixels.length / 255;
    expect(mean).toBeGreaterThan(0.1); // MNIST's mean intensity is about 0.13
    expect(mean).toBeLessThan(0.16);
    // border pixels are blank
    expect(data.train.trainMean[0]).toBe(0);
    expect(data.train.trainMean[14 * 28 + 14]).toBeGreaterThan(0.3);
  });

  test('mnistMatrix: unit and centered scaling, ranges and index lists', () => {
    const { x, y } = mnistMatrix(data.train, { start: 10, count: 5 }, { scale: 'unit' });
    expect([x.rows, x.cols]).toEqual([5, 784]);
    expect(Array.from(y)).toEqual(Array.from(data.train.labels.subarray(10, 15)));
    expect(x.data[3 * 784 + 400]).toBe(data.train.pixels[13 * 784 + 400] / 255);
    const byIndex = mnistMatrix(data.train, [10, 11, 12, 13, 14], { scale: 'unit' });
    expect(byIndex.x.data).toEqual(x.data);
    // centred training data has (almost exactly) zero mean per pixel
    const all = mnistMatrix(data.train, { start: 0, count: data.train.n }, { scale: 'centered' });
    let colSum = 0;
    for (let i = 0; i < all.x.rows; i++) colSum += all.x.data[i * MNIST_PIXELS + 14 * 28 + 14];
    expect(Math.abs(colSum / all.x.rows)).toBeLessThan(1e-12);
    expect(() => mnistMatrix(data.test, { start: 2000, count: 10 })).toThrow(/outside/);
  });

  test('decodeMnist rejects a wrong header with a clear message', () => {
    const raw = new Uint8Array(gunzipSync(readFileSync(DEFAULT_MNIST_PATH)));
    expect(decodeMnist(raw).train.n).toBe(7996);
    const bad = raw.slice();
    bad[0] = 0x00;
    expect(() => decodeMnist(bad)).toThrow(/bad magic/);
    const badVersion = raw.slice(0, 1000);
    badVersion[4] = 9;
    expect(() => decodeMnist(badVersion)).toThrow(/version 9/);
    expect(() => decodeMnist(raw.subarray(0, raw.length - 1))).toThrow(/bytes, expected/);
    expect(() => decodeMnist(new Uint8Array(readFileSync(DEFAULT_MNIST_PATH)))).toThrow(/gzip/);
  });

  test('nodeContext memoises', async () => {
    const a = await nodeContext.loadMnist();
    const b = await nodeContext.loadMnist();
    expect(a).toBe(b);
    expect(a.train.n).toBe(7996);
  });
});

describe('toy 2-D sets', () => {
  const makers = {
    spiral: (seed: number) => spiral(50, 3, new Rng(seed)),
    circles: (seed: number) => circles(100, new Rng(seed)),
    xor: (seed: number) => xor(100, new Rng(seed), 0.1),
    blobs: (seed: number) => blobs(90, 3, new Rng(seed)),
  };

  for (const [name, make] of Object.entries(makers)) {
    test(`${name} is deterministic by seed`, () => {
      const a = make(7);
      const b = make(7);
      const c = make(8);
      expect(a.x.data).toEqual(b.x.data);
      expect(a.y).toEqual(b.y);
      expect(a.x.data).not.toEqual(c.x.data);
      expect(a.x.cols).toBe(2);
      expect(a.x.rows).toBe(a.y.length);
      for (const v of a.x.data) expect(Math.abs(v)).toBeLessThan(3);
      const seen = new Set(a.y);
      expect(seen.size).toBe(a.classes);
    });
  }

  test('shapes and labels', () => {
    const s = spiral(100, 3, new Rng(1));
    expect([s.x.rows, s.classes]).toEqual([300, 3]);
    const c = circles(101, new Rng(1), 0);
    // noise-free: class 0 on radius 1, class 1 on radius 0.5
    for (let i = 0; i < c.x.rows; i++) {
      const r = Math.hypot(c.x.data[2 * i], c.x.data[2 * i + 1]);
      expect(r).toBeCloseTo(c.y[i] === 0 ? 1 : 0.5, 12);
    }
    const x = xor(200, new Rng(2));
    for (let i = 0; i < 200; i++) {
      expect(x.y[i]).toBe(x.x.data[2 * i] * x.x.data[2 * i + 1] < 0 ? 1 : 0);
    }
    const b = blobs(
      4,
      [
        [5, 5],
        [-5, -5],
      ],
      new Rng(3),
      0,
    );
    expect(Array.from(b.x.data)).toEqual([5, 5, -5, -5, 5, 5, -5, -5]);
    expect(Array.from(b.y)).toEqual([0, 1, 0, 1]);
  });
});
