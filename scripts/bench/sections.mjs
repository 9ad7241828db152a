/**
 * BENCHMARKS.md has three writers, one per section, each keeping the others' sections as they are:
 *
 *   core         scripts/course bench               (the kernels and the training step against TensorFlow.js)
 *   experiments  scripts/course bench-experiments   (each demo's experiment in Node, serial and in a pool)
 *   site         scripts/course bench-site          (the built site in Chromium)
 *
 * A section runs from its marker line to the next marker (or the end of the file); the file starts
 * with the core section's text, so its marker is implicit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const VERBS = { experiments: 'bench-experiments', site: 'bench-site' };
const TITLES = { experiments: 'Experiments in Node: serial and in a pool', site: 'The site in Chromium' };
const marker = (name) => `<!-- The section below is written by scripts/course ${VERBS[name]}. -->`;

function read(path) {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const parts = { core: text, experiments: null, site: null };
  const found = Object.keys(VERBS)
    .map((name) => ({ name, at: text.indexOf(marker(name)) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length) parts.core = text.slice(0, found[0].at);
  found.forEach((m, k) => (parts[m.name] = text.slice(m.at, k + 1 < found.length ? found[k + 1].at : undefined)));
  return parts;
}

/** Replaces one section of the file at `path` ('core', 'experiments' or 'site') with `body` (Markdown). */
export function writeSection(path, name, body) {
  const parts = read(path);
  parts[name] = name === 'core' ? body : `${marker(name)}\n\n## ${TITLES[name]}\n\n${body.trimEnd()}\n`;
  for (const k of Object.keys(VERBS))
    parts[k] ??= `${marker(k)}\n\n## ${TITLES[k]}\n\nNot measured yet: \`scripts/course ${VERBS[k]}\`.\n`;
  const text = [parts.core, parts.experiments, parts.site].map((s) => `${s.trimEnd()}\n`).join('\n');
  writeFileSync(path, text);
}
