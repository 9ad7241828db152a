/**
 * What the canvas plots need from the page: a notification when the theme may have changed, and
 * a CSS colour (a literal or a `var(--token)`) resolved to bytes. Browser only.
 */

/**
 * Calls `fn` (at most once per animation frame) whenever the page theme may have changed: the
 * theme toggle's `themechange` event, a system colour-scheme change, or a direct change of
 * `data-theme` on <html>. Returns the function that stops listening.
 */
export function onThemeChange(fn: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      fn();
    });
  };
  window.addEventListener('themechange', schedule);
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', schedule);
  const mo = new MutationObserver(schedule);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    window.removeEventListener('themechange', schedule);
    mq.removeEventListener('change', schedule);
    mo.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}

/**
 * Resolves a CSS colour (a literal or `var(--token)`) as seen from `el` to [r, g, b, a] bytes,
 * by letting the browser compute it on `el`'s own `color` property and normalising through a
 * 2-D canvas context.
 */
export function resolveColor(
  el: Element,
  css: string,
  ctx: CanvasRenderingContext2D,
): [number, number, number, number] {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = css;
  el.appendChild(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  ctx.fillStyle = '#000000';
  ctx.fillStyle = computed;
  const s = String(ctx.fillStyle);
  if (s.startsWith('#')) {
    const n = parseInt(s.slice(1, 7), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
  }
  const m = s.match(/[\d.]+/g);
  if (m && m.length >= 3) {
    return [Number(m[0]), Number(m[1]), Number(m[2]), m[3] !== undefined ? Math.round(Number(m[3]) * 255) : 255];
  }
  return [0, 0, 0, 255];
}
