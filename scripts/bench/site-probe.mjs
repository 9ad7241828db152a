/**
 * The in-page half of scripts/bench-site.mjs: installed before any of the page's own scripts
 * (Playwright's addInitScript), it records into `window.__benchSite`, on the page's own clock
 * (performance.now()):
 *
 * - per demo (each `figure.demo`, the DemoFrame of one island): when it hydrated (DemoFrame sets
 *   `data-hydrated`), and for each run of its experiment when the run started, when the first
 *   message from its worker came back (a frame, or the result of a run without frames), when
 *   the demo's figure or data table next changed (the first frame on screen), and when every
 *   data table of the demo said `data-state="done"`;
 * - every long task of the main thread (PerformanceObserver 'longtask', ≥ 50 ms).
 *
 * Runs are tied to demos without touching the site's code: `Worker` is wrapped so that a
 * 'start' message is noticed, and the demo whose DOM changes in the same task (the runner sets
 * its status to running, which Svelte renders before the task ends) is the one that started it.
 * A start that no demo's DOM answers within its task stays unattributed.
 */
export function probe() {
  const now = () => performance.now();
  const state = { demos: [], runs: [], longTasks: [], unattributed: 0 };
  Object.defineProperty(window, '__benchSite', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTasksUnsupported = true;
  }

  const demos = new Map();
  const demoOf = (fig) => {
    let d = demos.get(fig);
    if (!d) {
      d = { title: fig.getAttribute('aria-label') ?? '', hydratedAt: null, runs: [] };
      demos.set(fig, d);
      state.demos.push(d);
    }
    return d;
  };

  let pending = []; // runs whose 'start' was posted in the current task
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      const runs = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 'start') {
          const run = {
            experiment: message.id,
            startAt: now(),
            firstMessageAt: null,
            firstFrameAt: null,
            doneAt: null,
            demo: null,
          };
          runs.set(message.runId, run);
          state.runs.push(run);
          pending.push(run);
          setTimeout(() => {
            if (pending.includes(run)) {
              pending = pending.filter((r) => r !== run);
              state.unattributed++;
            }
          }, 0);
        }
        return post(message, ...rest);
      };
      this.addEventListener('message', (e) => {
        const run = runs.get(e.data?.runId);
        if (run && run.firstMessageAt === null && (e.data.type === 'frame' || e.data.type === 'done')) {
          run.firstMessageAt = now();
        }
      });
    }
  };

  const allDone = (fig) => {
    const tables = fig.querySelectorAll('table[data-state]');
    return tables.length > 0 && [...tables].every((t) => t.getAttribute('data-state') === 'done');
  };

  new MutationObserver((records) => {
    const t = now();
    const touched = new Set(),
      shown = new Set();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const fig = el?.closest?.('figure.demo');
      if (!fig) continue;
      const d = demoOf(fig);
      if (r.type === 'attributes' && r.attributeName === 'data-hydrated' && el === fig && d.hydratedAt === null) {
        d.hydratedAt = t;
      }
      touched.add(fig);
      if (el.closest('.figure') || el.closest('table')) shown.add(fig);
    }
    if (pending.length) {
      if (touched.size === 1) {
        const fig = [...touched][0];
        for (const run of pending) {
          run.demo = demoOf(fig).title;
          demoOf(fig).runs.push(run);
        }
      } else state.unattributed += pending.length;
      pending = [];
      return; // this task started the runs: nothing it changed is their output yet
    }
    for (const fig of touched) {
      for (const run of demoOf(fig).runs) {
        if (run.firstMessageAt !== null && run.firstFrameAt === null && shown.has(fig)) run.firstFrameAt = t;
        if (run.doneAt === null && allDone(fig)) run.doneAt = t;
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
