/**
 * The in-page half of scripts/bench-site.mjs: installed before any of the page's own scripts
 * (Playwright's addInitScript), it records into `window.__benchSite`, on the page's clock
 * (performance.now()):
 *
 * - per demo (each `figure.demo`, the DemoFrame of one island): when it hydrated (DemoFrame sets
 *   `data-hydrated`), every moment its figure or data table changed (`shown`), and every moment
 *   all its data tables became `data-state="done"` (`done`);
 * - per run of an experiment: its config, when it started and when its worker's first message (a
 *   frame, or the result of a run without frames) arrived, and the demo it belongs to;
 * - every long task of the main thread (PerformanceObserver 'longtask', ≥ 50 ms);
 * - every long animation frame that blocked input (PerformanceObserver 'long-animation-frame',
 *   blockingDuration > 0): its duration, blocking time, and the time from the start of its style
 *   and layout to its end. A chapter's first layout can be a long task that 'longtask' does not
 *   report; the frame reports it.
 *
 * Runs are tied to demos without touching the site's code. `Worker` is wrapped, so every 'start'
 * message and every message back is seen. A worker belongs to the only demo whose DOM changes
 * within two tasks of a start (the runner sets its status to running; Svelte renders before the
 * task ends, a data table's first rows in the next task), or else to the demo whose tables all
 * turn "done" within a second of the worker's result (the latest such result); all later runs of
 * that worker belong to the same demo. bench-site.mjs then reads, per
 * demo, the first change after the first message (the first frame) and the first "done" after
 * the start.
 */
export function probe() {
  const now = () => performance.now();
  const state = { demos: [], runs: [], longTasks: [], longFrames: [] };
  Object.defineProperty(window, '__benchSite', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTasksUnsupported = true;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.blockingDuration > 0)
          state.longFrames.push({
            start: e.startTime,
            duration: e.duration,
            blocking: e.blockingDuration,
            styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    state.longFramesUnsupported = true;
  }

  const demos = new Map();
  const demoOf = (fig) => {
    let d = demos.get(fig);
    if (!d) {
      d = { title: fig.getAttribute('aria-label') ?? '', hydratedAt: null, shown: [], done: [], wasDone: false };
      demos.set(fig, d);
      state.demos.push(d);
    }
    return d;
  };
  /** Ties a worker (and each of its runs) to a demo. */
  const attribute = (worker, fig) => {
    if (worker.demo) return;
    worker.demo = demoOf(fig).title;
    for (const run of worker.runs.values()) run.demo = worker.demo;
  };

  let starting = []; // workers that posted a 'start' in the current task
  let finishing = []; // workers not yet tied to a demo, with the time their result came
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      const worker = { demo: null, runs: new Map() };
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 'start') {
          const run = {
            experiment: message.id,
            config: message.config,
            startAt: now(),
            firstMessageAt: null,
            demo: worker.demo,
          };
          worker.runs.set(message.runId, run);
          state.runs.push(run);
          if (!worker.demo) {
            // Forget it once the start's rendering has been seen: the runner changed its state
            // before posting, so Svelte's render is already queued; a data table's body (and its
            // state) follows in a task of its own (DataTable), so wait two tasks.
            starting.push(worker);
            const forget = () => (starting = starting.filter((w) => w !== worker));
            setTimeout(() => setTimeout(forget, 0), 0);
          }
        }
        return post(message, ...rest);
      };
      // Before the page's own handler.
      this.addEventListener('message', (e) => {
        const run = worker.runs.get(e.data?.runId);
        if (!run) return;
        if (run.firstMessageAt === null && (e.data.type === 'frame' || e.data.type === 'done')) {
          run.firstMessageAt = now();
        }
        // The result is being handled: its tables turn "done" in this task or, their bodies
        // following in tasks of their own (a few hundred cells per task), soon after.
        if (e.data.type === 'done' && !worker.demo) finishing.push({ worker, at: now() });
      });
    }
  };

  // A table waiting for Run ('idle') is no work in progress: a demo with a part that runs on load
  // and a part that waits for Run is done once the first part is.
  const allDone = (fig) => {
    const tables = [...fig.querySelectorAll('table[data-state]')].filter(
      (t) => t.getAttribute('data-state') !== 'idle',
    );
    return tables.length > 0 && tables.every((t) => t.getAttribute('data-state') === 'done');
  };

  new MutationObserver((records) => {
    const t = now();
    const touched = new Set();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const fig = el?.closest?.('figure.demo');
      if (!fig) continue;
      const d = demoOf(fig);
      if (r.type === 'attributes' && r.attributeName === 'data-hydrated' && el === fig && d.hydratedAt === null) {
        d.hydratedAt = t;
      }
      touched.add(fig);
      if ((el.closest('.figure') || el.closest('table')) && d.shown.at(-1) !== t) d.shown.push(t);
    }
    for (const fig of touched) {
      const d = demoOf(fig);
      const isDone = allDone(fig);
      if (isDone && !d.wasDone) {
        d.done.push(t);
        // The latest result of an untied worker within the last second.
        finishing = finishing.filter((f) => !f.worker.demo && t - f.at < 1000);
        if (finishing.length) attribute(finishing.at(-1).worker, fig);
      }
      d.wasDone = isDone;
    }
    if (starting.length && touched.size === 1) {
      for (const w of starting) attribute(w, [...touched][0]);
      starting = [];
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
