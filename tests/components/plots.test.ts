import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../src/styles/global.css';
import ContourPath from '../../src/components/plots/ContourPath.svelte';
import Heatmap from '../../src/components/plots/Heatmap.svelte';
import Histogram from '../../src/components/plots/Histogram.svelte';
import LineChart from '../../src/components/plots/LineChart.svelte';
import SmallMultiples from '../../src/components/plots/SmallMultiples.svelte';
import SurfaceMesh from '../../src/components/plots/SurfaceMesh.svelte';
import VectorField from '../../src/components/plots/VectorField.svelte';
import ClassMap from '../../src/components/plots/ClassMap.svelte';
import FrameWithChart from './FrameWithChart.svelte';
import { flushSync } from 'svelte';
import { computeTicks, lineIndices } from '../../src/components/plots/scale-utils';
import { scaleLinear, scaleLog } from 'd3-scale';

/** A fixed-width host so layout (and thus pixel positions) is the same on every run. */
function host(width = 600): HTMLElement {
  const el = document.createElement('div');
  el.style.width = `${width}px`;
  document.body.appendChild(el);
  return el;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const moveCount = (d: string | null) => (d ?? '').match(/M/g)?.length ?? 0;
const tickLabels = (root: Element, axis: 'x' | 'y') => {
  // Axis order in every chart: bottom axis first, then left.
  const axes = root.querySelectorAll('svg[role="img"] g.axis');
  const g = axis === 'x' ? axes[0] : axes[1];
  return [...g.querySelectorAll('text.tick-label')].map((t) => t.textContent ?? '');
};

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  document.documentElement.dataset.theme = 'light';
  warn = vi.spyOn(console, 'warn');
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  // No component may log warnings or errors (Svelte dev warnings included).
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  warn.mockRestore();
  error.mockRestore();
  document.body.querySelectorAll(':scope > div').forEach((d) => d.remove());
});

describe('LineChart', () => {
  const x = Array.from({ length: 11 }, (_, i) => i);

  test('one path per series, labelled as an image, with a legend naming each series', async () => {
    const target = host();
    const screen = await render(LineChart, {
      target,
      props: {
        ariaLabel: 'Two loss curves',
        title: 'Loss',
        xLabel: 'step',
        yLabel: 'loss',
        series: [
          { name: 'train', x, y: x.map((v) => 1 / (v + 1)) },
          { name: 'validation', x, y: x.map((v) => 1.2 / (v + 1)), dashed: true },
        ],
      },
    });
    await expect.element(screen.getByRole('img', { name: 'Two loss curves' })).toBeVisible();
    const paths = target.querySelectorAll('path.series');
    expect(paths).toHaveLength(2);
    for (const p of paths) expect(moveCount(p.getAttribute('d'))).toBe(1);
    expect(paths[1].getAttribute('stroke-dasharray')).toBeTruthy();
    expect(paths[0].getAttribute('stroke-dasharray')).toBeNull();
    // Default colours come from the theme tokens.
    expect((paths[0] as SVGPathElement).style.stroke).toBe('var(--series-1)');
    expect((paths[1] as SVGPathElement).style.stroke).toBe('var(--series-2)');
    const legend = [...target.querySelectorAll('.plot-legend li')].map((li) => li.textContent?.trim());
    expect(legend).toEqual(['train', 'validation']);
    await expect.element(screen.getByText('Loss')).toBeVisible();
    // The SVG fills the container and its viewBox matches the measured width.
    const svg = target.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 600 260');
  });

  test('a NaN in the middle breaks the line into two pieces', async () => {
    const target = host();
    const y = x.map((v) => (v === 5 ? NaN : v * v));
    await render(LineChart, { target, props: { ariaLabel: 'broken', series: [{ name: 's', x, y }] } });
    const d = target.querySelector('path.series')!.getAttribute('d');
    expect(moveCount(d)).toBe(2);
    // The y domain ignores the NaN and spans the finite values (0 … 100).
    expect(tickLabels(target, 'y')).toContain('100');
  });

  test('a log y axis drops values ≤ 0 and labels 10⁻⁴ … 1 by powers of ten', async () => {
    const target = host();
    const y = [1, 0.3, 0.1, 0, 0.01, 3e-3, 1e-3, -1, 1e-4, 2e-4, 5e-4];
    await render(LineChart, {
      target,
      props: { ariaLabel: 'log', yLog: true, yDomain: [1e-4, 1], height: 300, series: [{ name: 's', x, y }] },
    });
    // Two non-positive values → the line breaks twice → three pieces.
    expect(moveCount(target.querySelector('path.series')!.getAttribute('d'))).toBe(3);
    const labels = tickLabels(target, 'y');
    expect(labels).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1']);
    // Decades are evenly spaced on screen.
    const ys = [...target.querySelectorAll('svg[role="img"] g.axis')[1].querySelectorAll('text.tick-label')].map((t) =>
      Number(t.getAttribute('y')),
    );
    const gaps = ys.slice(1).map((v, i) => ys[i] - v);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 6);
    // Minor ticks between the decades (2×, 3×, … 9×).
    expect(target.querySelectorAll('svg[role="img"] g.axis')[1].querySelectorAll('line.tick').length).toBeGreaterThan(
      20,
    );
  });

  test('bands and markers are drawn inside the plot and named', async () => {
    const target = host();
    await render(LineChart, {
      target,
      props: {
        ariaLabel: 'ratio',
        yLog: true,
        series: [{ name: 'ratio', x, y: x.map(() => 1e-3) }],
        yDomain: [1e-5, 1e-1],
        hBands: [{ y0: 3e-4, y1: 3e-3, label: 'target band' }],
        vMarkers: [{ x: 7, label: 'early stop' }],
      },
    });
    const band = target.querySelector('rect.band')!;
    expect(Number(band.getAttribute('height'))).toBeGreaterThan(0);
    expect(target.querySelector('.plot-legend')!.textContent).toContain('target band');
    const marker = target.querySelector('line.marker')!;
    const axisLabels = target.querySelectorAll('svg[role="img"] g.axis')[0].querySelectorAll('text.tick-label');
    const seven = [...axisLabels].find((t) => t.textContent === '7');
    expect(Number(marker.getAttribute('x1'))).toBeCloseTo(Number(seven!.getAttribute('x')), 6);
    expect(target.querySelector('text.marker-label')!.textContent).toBe('early stop');
  });

  test('thousands of points stay one path and are thinned to the pixel columns', async () => {
    const target = host(400);
    const n = 50_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = xs.map((i) => Math.sin(i / 500) + (i % 7) * 0.01);
    await render(LineChart, { target, props: { ariaLabel: 'long', series: [{ name: 'long', x: xs, y: ys }] } });
    const d = target.querySelector('path.series')!.getAttribute('d')!;
    expect(moveCount(d)).toBe(1);
    const vertices = d.split(/[ML]/).length - 1;
    expect(vertices).toBeLessThan(4 * 400);
    expect(vertices).toBeGreaterThan(300);
  });
});

describe('plots that a result brings into a demo', () => {
  test('draw their frame at once and their marks in a task of their own; plots there from the start draw at once', async () => {
    const target = host();
    const screen = await render(FrameWithChart, { target, props: { early: true, late: false } });
    await expect.element(screen.getByRole('img', { name: 'early' })).toBeVisible();
    // Created with the demo: lines in the same task.
    expect(target.querySelectorAll('.early path.series')).toHaveLength(1);
    screen.rerender({ early: true, late: true });
    flushSync();
    // Created after the demo hydrated: the chart's box is there, with its final height …
    const svg = target.querySelector('.late svg[role="img"]')!;
    expect(svg.getAttribute('height')).toBe(target.querySelector('.early svg[role="img"]')!.getAttribute('height'));
    // … its axes and lines not yet, in this task …
    expect(target.querySelectorAll('.late path.series')).toHaveLength(0);
    expect(target.querySelectorAll('.late g.axis')).toHaveLength(0);
    // … then in the next one.
    await expect.poll(() => target.querySelectorAll('.late path.series').length).toBe(1);
    expect(target.querySelectorAll('.late g.axis')).toHaveLength(2);
  });
});

describe('Histogram and SmallMultiples', () => {
  test('N bars with heights proportional to the counts', async () => {
    const target = host(500);
    const counts = [2, 5, 10, 0, 4];
    const edges = [0, 1, 2, 3, 4, 5];
    const screen = await render(Histogram, { target, props: { ariaLabel: 'hist', counts, edges, xLabel: 'value' } });
    await expect.element(screen.getByRole('img', { name: 'hist' })).toBeVisible();
    const rects = [...target.querySelectorAll('.bars rect')];
    expect(rects).toHaveLength(5);
    const h = rects.map((r) => Number(r.getAttribute('height')));
    expect(h[3]).toBe(0);
    for (let i = 0; i < counts.length; i++) expect(h[i] / h[2]).toBeCloseTo(counts[i] / counts[2], 6);
    // Bars share a baseline and tile the x range in order.
    const bottoms = rects.map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height')));
    for (const b of bottoms) expect(b).toBeCloseTo(bottoms[0], 6);
    const xs = rects.map((r) => Number(r.getAttribute('x')));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  test('small multiples share one y scale and lay out in columns', async () => {
    const target = host(640);
    const edges = [0, 1, 2, 3];
    const screen = await render(SmallMultiples, {
      target,
      props: {
        ariaLabel: 'layers',
        columns: 3,
        items: [
          { title: 'layer 1', counts: [1, 2, 3], edges },
          { title: 'layer 2', counts: [6, 0, 2], edges },
          { title: 'layer 3', counts: [0, 0, 1], edges },
        ],
      },
    });
    await expect.element(screen.getByRole('img', { name: 'layers' })).toBeVisible();
    const panels = target.querySelectorAll('.histogram');
    expect(panels).toHaveLength(3);
    // Same count → same bar height in every panel.
    const h = (p: number, b: number) => Number(panels[p].querySelectorAll('.bars rect')[b].getAttribute('height'));
    expect(h(0, 2)).toBeCloseTo(h(2, 2) * 3, 6);
    expect(h(1, 0)).toBeCloseTo(h(0, 0) * 6, 6);
    // Three panels side by side.
    const tops = [...panels].map((p) => Math.round(p.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
  });
});

describe('ContourPath', () => {
  const nx = 41;
  const ny = 31;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const x = -2 + (4 * i) / (nx - 1);
      const y = -1.5 + (3 * j) / (ny - 1);
      values[j * nx + i] = x * x + 4 * y * y;
    }
  const field = { nx, ny, x0: -2, x1: 2, y0: -1.5, y1: 1.5, values };

  test('draws contour lines, paths with a marker per point, and the minimum', async () => {
    const target = host(560);
    const screen = await render(ContourPath, {
      target,
      props: {
        ariaLabel: 'bowl',
        field,
        levels: [0.25, 1, 2, 4],
        paths: [{ name: 'GD', points: [-1.5, 1, -0.5, 0.2, -0.1, 0.05] }],
        minimum: { x: 0, y: 0 },
        equalAspect: true,
      },
    });
    await expect.element(screen.getByRole('img', { name: 'bowl' })).toBeVisible();
    const contours = target.querySelectorAll('.contours path');
    expect(contours).toHaveLength(4);
    for (const c of contours) expect(c.getAttribute('d')!.length).toBeGreaterThan(20);
    // The level-1 contour of x² + 4y² is the ellipse through (±1, 0) and (0, ±0.5): check its
    // horizontal extent in pixels against the x axis ticks at −1 and 1.
    const labels = [...target.querySelectorAll('svg[role="img"] g.axis')[0].querySelectorAll('text.tick-label')];
    const px = (label: string) => Number(labels.find((t) => t.textContent === label)!.getAttribute('x'));
    // Rings of d3-contour enclose the region above the level; the level-1 ring is the hole of
    // that region (its outer ring runs along the clipped border). Take the smallest ring.
    const rings = contours[1]
      .getAttribute('d')!
      .split('M')
      .filter(Boolean)
      .map((ring) => {
        const pts = ring
          .replace('Z', '')
          .split('L')
          .map((p) => p.split(',').map(Number));
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const x = Math.min(...xs);
        const y = Math.min(...ys);
        return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
      });
    const box = rings.sort((a, b) => a.width - b.width)[0];
    expect(box.x).toBeCloseTo(px('\u22121.0'), -0.5);
    expect(box.x + box.width).toBeCloseTo(px('1.0'), -0.5);
    // Equal aspect: the ellipse is twice as wide as it is tall.
    expect(box.width / box.height).toBeCloseTo(2, 1);
    expect(moveCount(target.querySelector('.trail')!.getAttribute('d'))).toBe(1);
    expect(target.querySelector('.dots')!.getAttribute('d')!.match(/M/g)).toHaveLength(3);
    expect(target.querySelectorAll('circle.last')).toHaveLength(1);
    expect(target.querySelector('path.star')).not.toBeNull();
  });

  test('the start handle moves with the arrow keys and reports its position', async () => {
    const target = host(560);
    const onstartchange = vi.fn();
    const screen = await render(ContourPath, {
      target,
      props: { ariaLabel: 'bowl', field, start: { x: -1, y: 0.5 }, onstartchange },
    });
    const handle = screen.getByRole('button', { name: /Start point: x −1\.00, y 0\.50/ });
    await expect.element(handle).toBeVisible();
    // The locator matches by name, which changes as the handle moves: keep the element.
    const el = handle.element() as HTMLElement;
    const before = el.getBoundingClientRect();
    el.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onstartchange).toHaveBeenCalledTimes(1);
    const p = onstartchange.mock.calls[0][0];
    expect(p.x).toBeGreaterThan(-1);
    expect(p.x).toBeCloseTo(-0.96, 10);
    expect(p.y).toBe(0.5);
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(onstartchange.mock.calls[1][0].y).toBeCloseTo(0.8, 10);
    expect(el.getAttribute('aria-label')).toMatch(/x −0\.96, y 0\.80/);
    expect(document.activeElement).toBe(el);
    const after = el.getBoundingClientRect();
    expect(after.left).toBeGreaterThan(before.left);
    expect(after.top).toBeLessThan(before.top);
    // Clamped to the field.
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(onstartchange.mock.lastCall![0].y).toBe(1.5);
  });

  test('the start handle can be dragged with the pointer', async () => {
    const target = host(560);
    const onstartchange = vi.fn();
    const screen = await render(ContourPath, {
      target,
      props: { ariaLabel: 'bowl', field, start: { x: -1, y: 0 }, onstartchange },
    });
    const handle = screen.getByRole('button', { name: /Start point/ });
    const svg = screen.getByRole('img', { name: 'bowl' });
    const r = svg.element().getBoundingClientRect();
    // Drop it at the centre of the SVG, well to the right of x = -1.
    await userEvent.dragAndDrop(handle, svg, { targetPosition: { x: r.width / 2, y: r.height / 2 } });
    await frame();
    expect(onstartchange).toHaveBeenCalled();
    const p = onstartchange.mock.lastCall![0];
    expect(p.x).toBeGreaterThan(-0.5);
  });
});

describe('SurfaceMesh', () => {
  const n = 11;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const x = -10 + (20 * i) / (n - 1);
      const y = -5 + (10 * j) / (n - 1);
      values[j * n + i] = (x * x) / 20 + y * y;
    }
  const field = { nx: n, ny: n, x0: -10, x1: 10, y0: -5, y1: 5, values };

  test('one quad per mesh cell, painted back to front, axes labelled, a path and the minimum on top', async () => {
    const target = host(500);
    const screen = await render(SurfaceMesh, {
      target,
      props: {
        ariaLabel: 'trough',
        field,
        paths: [{ name: 'SGD', points: [-7, 2, 6.45, -6.3, -1.8, 5.2] }],
        minimum: { x: 0, y: 0, z: 0 },
        xLabel: 'x',
        yLabel: 'y',
        zLabel: 'f',
      },
    });
    await expect.element(screen.getByRole('img', { name: 'trough' })).toBeVisible();
    const quads = target.querySelectorAll('.mesh path');
    expect(quads).toHaveLength((n - 1) * (n - 1));
    expect([...target.querySelectorAll('.axes text')].map((t) => t.textContent)).toEqual(['x', 'y', 'f']);
    expect(moveCount(target.querySelector('.trail')!.getAttribute('d'))).toBe(1);
    expect(target.querySelector('path.star')).not.toBeNull();
    // The lowest quads (the trough's floor) are coloured nearer --series-1 than the highest ones.
    const share = (q: Element) => Number(/var\(--series-5\) (\d+)%/.exec(q.getAttribute('style') ?? '')![1]);
    const shares = [...quads].map(share);
    expect(Math.min(...shares)).toBeLessThan(10);
    expect(Math.max(...shares)).toBeGreaterThan(80);
  });

  test('turning the view changes the drawing, not the number of quads', async () => {
    const target = host(500);
    const screen = await render(SurfaceMesh, { target, props: { ariaLabel: 'turn', field, azimuth: -35 } });
    await expect.element(screen.getByRole('img', { name: 'turn' })).toBeVisible();
    const before = target.querySelector('.mesh path')!.getAttribute('d');
    await screen.rerender({ ariaLabel: 'turn', field, azimuth: 60 });
    await frame();
    expect(target.querySelectorAll('.mesh path')).toHaveLength((n - 1) * (n - 1));
    expect(target.querySelector('.mesh path')!.getAttribute('d')).not.toBe(before);
  });
});

describe('VectorField', () => {
  test('one arrow per sample, pointing along its vector; the highlighted one starts at its point', async () => {
    const target = host(500);
    const screen = await render(VectorField, {
      target,
      props: {
        ariaLabel: 'field',
        box: { x0: -2, x1: 2, y0: -1, y1: 1 },
        arrows: [
          { x: -1, y: 0, u: 1, v: 0, t: 0 },
          { x: 1, y: 0, u: 0, v: 1, t: 1 },
        ],
        minimum: { x: 0, y: 0 },
        highlight: { x: -1, y: 0.5, u: 1, v: -1, label: 'start' },
        scaleLabels: ['0°', '90°'],
        equalAspect: true,
      },
    });
    await expect.element(screen.getByRole('img', { name: 'field' })).toBeVisible();
    const arrows = [...target.querySelectorAll('path.arrow:not(.bold)')];
    expect(arrows).toHaveLength(2);
    const shaft = (d: string) => {
      const [a, b] = d
        .split('M')[1]
        .split('L')
        .map((p) => p.split(',').map(Number));
      return { dx: b[0] - a[0], dy: b[1] - a[1] };
    };
    // (1, 0) points right on screen; (0, 1) points up (screen y decreases).
    const right = shaft(arrows[0].getAttribute('d')!);
    expect(right.dx).toBeGreaterThan(0);
    expect(Math.abs(right.dy)).toBeLessThan(1e-6);
    const up = shaft(arrows[1].getAttribute('d')!);
    expect(up.dy).toBeLessThan(0);
    expect(Math.abs(up.dx)).toBeLessThan(1e-6);
    // Colours run from --series-3 (t = 0) to --series-2 (t = 1).
    expect(arrows[0].getAttribute('style')).toContain('var(--series-2) 0%');
    expect(arrows[1].getAttribute('style')).toContain('var(--series-2) 100%');
    expect(target.querySelector('line.to-min')).not.toBeNull();
    expect(target.querySelector('path.arrow.bold')).not.toBeNull();
    // Equal aspect: the 4 × 2 box is drawn twice as wide as it is tall, and the svg no taller than that needs.
    const area = target.querySelector('rect.area')!;
    expect(Number(area.getAttribute('width')) / Number(area.getAttribute('height'))).toBeCloseTo(2, 5);
    expect(Number(target.querySelector('svg[role="img"]')!.getAttribute('height'))).toBeLessThan(300);
  });
});

describe('ClassMap', () => {
  test('a cell per lattice point in its class colour, shaded by probability, and the points', async () => {
    const target = host(300);
    const grid = 4;
    const cls = Int32Array.from({ length: 16 }, (_, k) => k % 3);
    const prob = Float64Array.from({ length: 16 }, (_, k) => (k < 3 ? 1 : 1 / 3));
    const screen = await render(ClassMap, {
      target,
      props: { ariaLabel: 'regions', grid, extent: 1, cls, prob, points: [{ x: 0, y: 0, c: 1 }] },
    });
    await expect.element(screen.getByRole('img', { name: 'regions' })).toBeVisible();
    // One pixel per lattice point, scaled up to the map's size; no element per cell.
    const canvas = target.querySelector('canvas')!;
    expect([canvas.width, canvas.height]).toEqual([grid, grid]);
    expect(target.querySelectorAll('rect:not(.frame)')).toHaveLength(0);
    expect(canvas.getBoundingClientRect().width).toBeCloseTo(300, 0);
    const rgba = (k: number) => {
      // Lattice row 0 is the bottom of the map: the last row of the image.
      const [i, j] = [k % grid, Math.floor(k / grid)];
      return [...canvas.getContext('2d')!.getImageData(i, grid - 1 - j, 1, 1).data];
    };
    // Class k in --series-(k+1), as the page resolves it.
    const probe = document.createElement('span');
    target.appendChild(probe);
    const css = (v: string) => {
      probe.style.color = `var(${v})`;
      return getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
    };
    // (within 2 of each byte: the canvas stores colours premultiplied by their alpha)
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 2);
    expect(near(rgba(0).slice(0, 3), css('--series-1'))).toBe(true);
    expect(near(rgba(1).slice(0, 3), css('--series-2'))).toBe(true);
    expect(near(rgba(2).slice(0, 3), css('--series-3'))).toBe(true);
    expect(near(rgba(1).slice(0, 3), css('--series-1'))).toBe(false);
    // A sure prediction is drawn stronger than an undecided one (p = 1/3 of three classes).
    expect(rgba(0)[3]).toBeGreaterThan(rgba(3)[3]);
    expect(rgba(3)[3]).toBe(Math.round(255 * 0.12));
    expect(target.querySelectorAll('circle')).toHaveLength(1);
  });
});

describe('Heatmap', () => {
  const rows = 3;
  const cols = 4;
  const values = [1, -1, 0, 0.5, 0, 0, 0, 0, -0.5, 0, 0, 0.25];
  const pixel = (canvas: HTMLCanvasElement, r: number, c: number, cs: number) => {
    const dpr = canvas.width / (cols * cs);
    const ctx = canvas.getContext('2d')!;
    return [...ctx.getImageData(Math.floor((c + 0.5) * cs * dpr), Math.floor((r + 0.5) * cs * dpr), 1, 1).data];
  };

  test('canvas size follows cells × devicePixelRatio; colours follow the sign and the theme', async () => {
    const target = host(600);
    const screen = await render(Heatmap, {
      target,
      props: {
        ariaLabel: 'weights',
        values,
        rows,
        cols,
        cellSize: 20,
        rowLabels: ['a', 'b', 'c'],
        legendLabel: 'weight',
      },
    });
    await expect.element(screen.getByRole('img', { name: 'weights' })).toBeVisible();
    const canvas = target.querySelector('canvas')!;
    const dpr = window.devicePixelRatio || 1;
    expect(canvas.width).toBe(Math.round(cols * 20 * dpr));
    expect(canvas.height).toBe(Math.round(rows * 20 * dpr));
    expect(canvas.getBoundingClientRect().width).toBeCloseTo(cols * 20, 5);

    // Largest positive value → --heat-hi (#b2182b); largest negative → --heat-lo (#2166ac); 0 → mid.
    const hi = pixel(canvas, 0, 0, 20);
    expect(hi[0]).toBeGreaterThan(hi[2]);
    expect(hi.slice(0, 3)).toEqual([178, 24, 43]);
    expect(pixel(canvas, 0, 1, 20).slice(0, 3)).toEqual([33, 102, 172]);
    expect(pixel(canvas, 1, 0, 20).slice(0, 3)).toEqual([247, 247, 247]);
    // A smaller positive value is a paler red: still red-dominant, lighter than the maximum.
    const half = pixel(canvas, 0, 3, 20);
    expect(half[0]).toBeGreaterThan(half[2]);
    expect(half[1]).toBeGreaterThan(hi[1]);
    // Legend labels: symmetric ±max |value| around 0.
    const legend = [...target.querySelectorAll('svg.legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['weight', '\u22121', '0', '1']);

    // Switching to the dark theme redraws with the dark tokens (#d6604d for --heat-hi).
    document.documentElement.dataset.theme = 'dark';
    window.dispatchEvent(new CustomEvent('themechange', { detail: { dark: true } }));
    await frame();
    await frame();
    expect(pixel(canvas, 0, 0, 20).slice(0, 3)).toEqual([214, 96, 77]);
  });

  test('cells shrink to fit a narrow container', async () => {
    const target = host(200);
    await render(Heatmap, {
      target,
      props: { ariaLabel: 'wide', values: new Array(2 * 50).fill(0.3), rows: 2, cols: 50, cellSize: 10 },
    });
    const canvas = target.querySelector('canvas')!;
    expect(canvas.getBoundingClientRect().width).toBeLessThanOrEqual(200);
  });
});

describe('tick helpers', () => {
  test('log ticks: powers of ten over several decades, 1-2-5 over a narrow range', () => {
    const wide = computeTicks(scaleLog().domain([1e-4, 1]).range([200, 0]), { log: true, count: 5 });
    expect(wide.major.map((t) => t.label)).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1']);
    const plain = computeTicks(scaleLog().domain([0.01, 10]).range([200, 0]), { log: true, count: 5 });
    expect(plain.major.map((t) => t.label)).toEqual(['0.01', '0.1', '1', '10']);
    const narrow = computeTicks(scaleLog().domain([0.04, 2.5]).range([200, 0]), { log: true, count: 6 });
    expect(narrow.major.map((t) => t.label)).toEqual(['0.05', '0.1', '0.2', '0.5', '1', '2']);
  });

  test('linear ticks use the course format with a true minus sign', () => {
    const t = computeTicks(scaleLinear().domain([-1, 1]).range([0, 100]), { count: 4 });
    expect(t.major.map((m) => m.label)).toEqual(['\u22121.0', '\u22120.5', '0.0', '0.5', '1.0']);
  });

  test('lineIndices marks gaps and keeps long series short', () => {
    expect([...lineIndices([0, 1, 2, 3], [1, NaN, 2, 3], {})]).toEqual([0, -1, 2, 3]);
    expect([...lineIndices([1, 2, 3], [1, -1, 2], { yLog: true })]).toEqual([0, -1, 2]);
  });
});
