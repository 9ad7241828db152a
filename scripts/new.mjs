/**
 * Starts a new chapter, or a new demo in an existing chapter, from green: every file a claim
 * needs, generated so that the type check, lint, the claim test, the build and the end-to-end
 * test pass as they are. A contributor then edits them.
 *
 *   scripts/course new chapter <slug> [--claim <ID>] [--title "<Title>"]
 *     content/chapters/<slug>.mdx           frontmatter, the claim stated, the demo, a build-time number
 *     content/chapters-ko/<slug>.mdx        the same chapter in Korean (same claim, demo and numbers)
 *     src/core/experiments/<slug>.ts        an experiment that configures the core's Trainer
 *     src/demos/<Name>.svelte               a demo: parameter table, controls, chart, data table
 *     src/i18n/{en,ko}/demos/<Name>.ts      the demo's words in English and in Korean
 *     src/lib/claims.ts                     the claim registered (its id and catalogue text)
 *     src/i18n/ko/claims.ts                 the claim's catalogue text in Korean
 *     tests/core/<slug>.test.ts             the claim's test, named with its id
 *     tests/e2e/<slug>.spec.ts              the chapter and its demo in Chromium
 *   scripts/course new demo <Name> --chapter <slug> [--claim <ID>]
 *     the same experiment, demo, claim and tests, with the claim and the demo appended to the chapter
 *     in both languages
 *
 * It refuses a slug, demo, experiment or claim id that exists, saying which.
 */
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const at = (p) => `${root}${p}`;

function fail(message) {
  console.error(`course new: ${message}`);
  process.exit(1);
}

const [what, name, ...rest] = process.argv.slice(2);
const opts = {};
for (let i = 0; i < rest.length; i++) {
  const m = rest[i].match(/^--(claim|title|chapter)$/);
  if (!m || rest[i + 1] === undefined) fail(`unknown or incomplete option "${rest[i]}"`);
  opts[m[1]] = rest[++i];
}
if (what !== 'chapter' && what !== 'demo') {
  fail(
    'usage: scripts/course new chapter <slug> [--claim ID] [--title "Title"] | new demo <Name> --chapter <slug> [--claim ID]',
  );
}

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const pascal = (slug) => slug.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = (slug) => pascal(slug).replace(/^./, (c) => c.toLowerCase());

let slug, chapterSlug, demoName;
if (what === 'chapter') {
  slug = name;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug ?? ''))
    fail(`"${slug ?? ''}" is not a slug: lower-case words joined by hyphens`);
  chapterSlug = slug;
  demoName = pascal(slug);
  for (const dir of ['chapters', 'chapters-ko']) {
    if (existsSync(at(`content/${dir}/${slug}.mdx`)))
      fail(`a chapter "${slug}" exists already (content/${dir}/${slug}.mdx)`);
  }
} else {
  demoName = name;
  if (!/^[A-Z][A-Za-z0-9]+$/.test(demoName ?? ''))
    fail(`"${demoName ?? ''}" is not a component name: PascalCase, like LrWarmup`);
  chapterSlug = opts.chapter;
  if (!chapterSlug) fail('new demo needs --chapter <slug>: the chapter it goes into');
  if (!existsSync(at(`content/chapters/${chapterSlug}.mdx`))) fail(`there is no chapter "${chapterSlug}"`);
  slug = kebab(demoName);
}
const experimentId = slug;
const experimentVar = camel(slug);
for (const [file, what] of [
  [`src/core/experiments/${experimentId}.ts`, `an experiment "${experimentId}"`],
  [`src/demos/${demoName}.svelte`, `a demo ${demoName}`],
  [`src/i18n/en/demos/${demoName}.ts`, `a catalog src/i18n/en/demos/${demoName}.ts`],
  [`tests/core/${slug}.test.ts`, `a test file tests/core/${slug}.test.ts`],
  [`tests/e2e/${slug}.spec.ts`, `an end-to-end file tests/e2e/${slug}.spec.ts`],
]) {
  if (existsSync(at(file))) fail(`${what} exists already (${file})`);
}

// The claim: its id is free, or refused.
const claimsFile = at('src/lib/claims.ts');
const claimsText = readFileSync(claimsFile, 'utf8');
const taken = new Set([...claimsText.matchAll(/^ {2}([A-Z]\d+): \{/gm)].map((m) => m[1]));
let claimId = opts.claim;
if (claimId) {
  if (!/^[A-Z]\d+$/.test(claimId)) fail(`"${claimId}" is not a claim id: a capital letter and a number, like W1`);
  if (taken.has(claimId)) fail(`claim ${claimId} exists already (src/lib/claims.ts)`);
} else {
  const used = new Set([...taken].map((id) => id[0]));
  const letters = [...slug.toUpperCase().replace(/[^A-Z]/g, ''), ...'ZYXWVUTSRQ'];
  const prefix =
    what === 'demo' ? (firstClaimPrefix(chapterSlug) ?? letters[0]) : (letters.find((l) => !used.has(l)) ?? 'X');
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  claimId = `${prefix}${n}`;
}

/** The letter of the first claim a chapter states (new claims of that chapter continue its series). */
function firstClaimPrefix(chapter) {
  return readFileSync(at(`content/chapters/${chapter}.mdx`), 'utf8').match(/<Claim\s+id="([A-Z])\d+"/)?.[1] ?? null;
}

const chapters = readdirSync(at('content/chapters')).filter((f) => f.endsWith('.mdx'));
const orders = chapters.map((f) =>
  Number(readFileSync(at(`content/chapters/${f}`), 'utf8').match(/^order:\s*(\d+)/m)?.[1] ?? -1),
);
const lastChapter = chapters[orders.indexOf(Math.max(...orders))]?.replace(/\.mdx$/, '');
const title = opts.title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const chapterTitle =
  what === 'chapter'
    ? title
    : readFileSync(at(`content/chapters/${chapterSlug}.mdx`), 'utf8')
        .match(/^title:\s*(.+)$/m)?.[1]
        .trim();
const anchor = `demo-${slug}`;
const prefix =
  what === 'demo'
    ? `${slug
        .split('-')
        .map((w) => w[0])
        .join('')}.`
    : '';

const claimText =
  'On the three-arm spiral, with the same initial weights, the same mini-batches and the same learning rate (0.01), Adam reaches a lower training loss than plain SGD within 200 steps.';

const files = {
  [`src/core/experiments/${experimentId}.ts`]: `/**
 * ${title} (claim ${claimId}): two copies of one small network learn the spiral side by side, one
 * with SGD and one with Adam, from the same initial weights on the same mini-batches. The
 * Trainer (src/core/trainer.ts) trains them; this file only configures it and reports.
 *
 *   const { result } = await runToEnd(${experimentVar}, { lr: 0.01, steps: 200, hidden: 32, seed: 1 }, ctx);
 *   result.final.adam < result.final.sgd   // the claim
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { spiral } from '../data/toy2d.ts';
import { buildMlp, evaluate } from '../network.ts';
import { makeOptimizer } from '../optimizers.ts';
import { Trainer, train, type EntryState } from '../trainer.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = '${experimentId}';

export interface ${demoName}Config {
  lr: number;
  steps: number;
  hidden: number;
  seed: number;
}

export interface ${demoName}Frame {
  step: number;
  /** Training loss (whole set, inference mode) of each optimiser; NaN once it has diverged. */
  sgd: number;
  adam: number;
}

export interface ${demoName}Result {
  final: ${demoName}Frame;
}

/** Steps between two reported points. */
export const EVERY = 10;

export const ${experimentVar}: Experiment<${demoName}Config, ${demoName}Frame, ${demoName}Result> = async function* (config) {
  checkLimit('maxIterations', config.steps, 'steps');
  checkLimit('maxWidth', config.hidden, 'hidden units');
  const root = new Rng(config.seed);
  const data = spiral(100, 3, root.fork('data'));
  const net = () =>
    buildMlp({ sizes: [2, config.hidden, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' } }, root.fork('init'));
  const trainer = new Trainer({
    entries: [
      { name: 'sgd', net: net(), optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }) },
      { name: 'adam', net: net(), optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }) },
    ],
    data,
    batchSize: 64,
    shuffle: root.fork('shuffle'),
  });
  const loss = (e: EntryState) => (e.diverged ? NaN : evaluate(e.net, data.x, data.y).loss);
  let last: ${demoName}Frame = { step: 0, sgd: NaN, adam: NaN };
  for (const f of train(trainer, { steps: config.steps, every: EVERY, atStart: true, probe: loss })) {
    if (!f.probed) continue;
    last = { step: f.step, sgd: f.entries[0].probe!, adam: f.entries[1].probe! };
    yield last;
  }
  return { final: last };
};
export default ${experimentVar};
`,

  [`src/demos/${demoName}.svelte`]: `<!--
  ${title}: SGD and Adam learn the spiral side by side (experiment \`${experimentId}\`, claim ${claimId}).
  URL keys${prefix ? ` (prefix ${prefix})` : ''}: lr, steps, hidden, seed.
-->
<script lang="ts">
  import DemoFrame from '../components/DemoFrame.svelte';
  import DataTable from '../components/DataTable.svelte';
  import Param from '../components/controls/Param.svelte';
  import RunControls from '../components/controls/RunControls.svelte';
  import LineChart from '../components/plots/LineChart.svelte';
  import { useUrlState } from '../lib/url-state.svelte';
  import { defineParams, seedParam } from '../lib/url-state';
  import { experimentRunner, type ConfigOf } from '../lib/runner.svelte';
  import { runOnDemand } from '../lib/run-on-demand.svelte';
  import type * as experiment from '../core/experiments/${experimentId}';
  import { demoText, pageLocale, type Locale } from '../i18n';
  import type en from '../i18n/en/demos/${demoName}';

  // The page's language (a Korean chapter passes lang="ko") and this demo's words in it.
  const props: { lang?: Locale } = $props();
  const lang = pageLocale(() => props.lang);
  const t = demoText(import.meta.glob<typeof en>('../i18n/*/demos/${demoName}.ts', { eager: true, import: 'default' }), lang);

  const table = defineParams({
    lr: { kind: 'float', default: 0.01, min: 1e-4, max: 1, log: true, label: t.params.lr },
    steps: { kind: 'int', default: 200, min: 10, max: 2000, step: 10, label: t.params.steps },
    hidden: { kind: 'int', default: 32, min: 2, max: 256, label: t.params.hidden },
    seed: seedParam(),
  });

  const params = useUrlState(table, '${prefix}', lang);
  const run = experimentRunner<typeof experiment>('${experimentId}', { lang });
  const config = $derived<ConfigOf<typeof experiment>>({ ...params.values });
  const buttons = runOnDemand(run, () => config, { ready: () => params.ready, start: 'on-load' });

  const frames = $derived(run.frames);
  const series = $derived([
    { name: 'SGD', x: frames.map((f) => f.step), y: frames.map((f) => f.sgd) },
    { name: 'Adam', x: frames.map((f) => f.step), y: frames.map((f) => f.adam), color: 'var(--series-2)' },
  ]);
</script>

<DemoFrame
  title={t.title}
  id="${anchor}"
  {lang}
  claims={['${claimId}']}
  notices={params.notices}
  error={run.error}
  onreset={params.reset}
>
  {#snippet controls()}
    <Param of={params} name="lr" />
    <Param of={params} name="steps" />
    <Param of={params} name="hidden" />
    <Param of={params} name="seed" />
    <RunControls status={run.status} done={run.last?.step ?? 0} total={config.steps} {...buttons} />
  {/snippet}
  {#snippet figure()}
    <LineChart {series} xLabel={t.step} yLabel={t.loss} yLog ariaLabel={t.chartAria} />
  {/snippet}
  {#snippet caption()}
    {t.caption(config.hidden, config.lr)}
  {/snippet}
  {#snippet table()}
    <DataTable
      caption={t.tableCaption}
      filename="${experimentId}.csv"
      state={run.status === 'done' ? 'done' : 'pending'}
      columns={[
        { key: 'step', label: t.step },
        { key: 'sgd', label: 'SGD' },
        { key: 'adam', label: 'Adam' },
      ]}
      rows={frames}
    />
  {/snippet}
</DemoFrame>
`,

  [`tests/core/${slug}.test.ts`]: `/**
 * Claim ${claimId}, run through the experiment the demo runs.
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { ${experimentVar} } from '../../src/core/experiments/${experimentId}.ts';

test.each([1, 2, 3])('${claimId}: Adam ends below SGD on the spiral at the same learning rate (seed %i)', async (seed) => {
  const { frames, result } = await runToEnd(${experimentVar}, { lr: 0.01, steps: 200, hidden: 32, seed }, nodeContext);
  expect(frames.map((f) => f.step)).toEqual(Array.from({ length: 21 }, (_, i) => 10 * i));
  // Both start from the same weights: the same loss at step 0.
  expect(frames[0].adam).toBe(frames[0].sgd);
  expect(result.final.adam).toBeLessThan(0.8 * result.final.sgd);
});
`,

  [`tests/e2e/${slug}.spec.ts`]: `/**
 * ${chapterTitle}: the ${title.toLowerCase()} demo reads its settings from the URL, fills its table, and reruns
 * when a control changes.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const PAGE = '/chapters/${chapterSlug}/';
const TABLE = '#${anchor} table';

test('${claimId}: the demo fills its table from the URL, and Adam ends below SGD', async ({ page }) => {
  const w = watch(page);
  await page.goto(\`\${PAGE}?${prefix}steps=100&${prefix}seed=2\`);
  await showDemo(page.locator('#${anchor}'));
  expect(await tableHeader(page, TABLE)).toEqual(['step', 'SGD', 'Adam']);
  const rows = await tableRows(page, TABLE);
  expect(rows.map((r) => num(r[0]))).toEqual(Array.from({ length: 11 }, (_, i) => 10 * i));
  const last = rows[rows.length - 1];
  expect(num(last[2])).toBeLessThan(num(last[1]));
  expectClean(w);
});

test('changing a control reruns the demo and updates the URL', async ({ page }) => {
  await page.goto(\`\${PAGE}?${prefix}steps=50\`);
  const demo = page.locator('#${anchor}');
  await showDemo(demo);
  const before = await tableRows(page, TABLE);
  const typed = demo.getByLabel('hidden units (type a value)');
  await typed.fill('8');
  await typed.press('Enter');
  await expect(page).toHaveURL(/${prefix.replace('.', '\\.')}hidden=8/);
  await expect
    .poll(async () => JSON.stringify(await tableRows(page, TABLE)), { timeout: 30_000 })
    .not.toBe(JSON.stringify(before));
});
`,
};

// The demo's words: English, and Korean (src/i18n/<lang>/demos/; a translator rewrites the Korean).
files[`src/i18n/en/demos/${demoName}.ts`] = `/** ${demoName}'s words in English (src/demos/${demoName}.svelte). */
export default {
  title: '${title.replace(/'/g, "\\'")}: SGD and Adam side by side',
  params: { lr: 'learning rate', steps: 'steps', hidden: 'hidden units' },
  step: 'step',
  loss: 'training loss',
  chartAria: 'Training loss of SGD and Adam by step',
  caption: (hidden: number, lr: number) =>
    \`Training loss on 300 spiral points of two copies of one \${hidden}-unit network, from the same initial weights and on the same mini-batches, at learning rate \${lr}.\`,
  tableCaption: 'Training loss by step',
};
`;
files[`src/i18n/ko/demos/${demoName}.ts`] = `import type en from '../../en/demos/${demoName}';
import type { Translation } from '../../types';

export default {
  title: 'SGD와 Adam 나란히 비교하기',
  params: { lr: '학습률', steps: '스텝 수', hidden: '은닉 유닛 수' },
  step: '스텝',
  loss: '훈련 손실',
  chartAria: '스텝에 따른 SGD와 Adam의 훈련 손실',
  caption: (hidden: number, lr: number) =>
    \`나선형 데이터 300점에서 은닉 유닛 \${hidden}개짜리 같은 신경망 두 개를 같은 초기 가중치, 같은 미니배치로 학습시킨 훈련 손실. 학습률 \${lr}.\`,
  tableCaption: '스텝에 따른 훈련 손실',
} satisfies Translation<typeof en>;
`;

const claimBlockKo = `<Claim id="${claimId}">초기 가중치, 미니배치, 학습률이 모두 같을 때 Adam[@kingma2015adam]은 나선형 데이터에서
평범한 SGD보다 낮은 훈련 손실에 이른다. 매개변수마다 따로 정해지는 스텝 크기 덕분에, SGD의 단일 학습률로는 너무 작은
곳에서도 학습이 나아간다.</Claim>

<${demoName} client:visible />

<SourceListing experiment="${experimentId}" />

기본 설정으로 {r.final.step} 스텝을 학습한 뒤 SGD의 훈련 손실은 {fmt(r.final.sgd)}, Adam의 훈련 손실은
{fmt(r.final.adam)}이다. 이 수치는 이 페이지를 빌드할 때 데모가 돌리는 바로 그 코드로 계산한 것이다.`;

const claimBlock = `<Claim id="${claimId}">With the same initial weights, the same mini-batches and the same learning rate, Adam
[@kingma2015adam] reaches a lower training loss than plain SGD on the spiral: its per-parameter step sizes make progress where
SGD's single rate is too small.</Claim>

<${demoName} client:visible />

<SourceListing experiment="${experimentId}" />

After {r.final.step} steps at the default settings, SGD's training loss is {fmt(r.final.sgd)} and Adam's
{fmt(r.final.adam)}: numbers computed when this page was built, by the code the demo runs.`;

const importBlock = `import ${demoName} from '../../src/demos/${demoName}.svelte';
import { ${experimentVar} } from '../../src/core/experiments/${experimentId}';`;
const buildRun = `export const r = await runAtBuild(${experimentVar}, { lr: 0.01, steps: 200, hidden: 32, seed: 1 });`;

const claimTextKo =
  '세 갈래 나선형 데이터에서 초기 가중치, 미니배치, 학습률(0.01)이 모두 같으면 Adam은 200 스텝 안에 평범한 SGD보다 낮은 훈련 손실에 이른다.';

if (what === 'chapter') {
  const order = Math.max(...orders) + 1;
  files[`content/chapters-ko/${slug}.mdx`] = `---
title: ${title}
order: ${order}
summary: 이 장이 보여 주는 것을 한두 문장으로 적는다. 첫 페이지와 검색 결과에 나온다.
prerequisites: [${lastChapter ?? ''}]
---
${importBlock}
import Claim from '../../src/components/content/Claim.astro';
import Exercises from '../../src/components/content/Exercises.astro';
import SourceListing from '../../src/components/content/SourceListing.astro';
import { runAtBuild, fmt } from '../../src/lib/build-run';

${buildRun}

들어가는 말: 이 장이 답하는 질문과, 그 질문이 신경망을 학습시킬 때 왜 중요한지를 적는다.

## 주장

${claimBlockKo}

## 요약

- 주장을 한 줄로 적는다.

## 연습 문제

<Exercises>
  <li>학습률을 10분의 1로 낮춰 보라. Adam은 여전히 SGD보다 낮은 손실에 이르는가? 왜 그런가?</li>
</Exercises>

## 참고 문헌

[^ref]
`;
  files[`content/chapters/${slug}.mdx`] = `---
title: ${title}
order: ${order}
summary: What this chapter shows, in a sentence or two, for the home page and search results.
prerequisites: [${lastChapter ?? ''}]
---
${importBlock}
import Claim from '../../src/components/content/Claim.astro';
import Exercises from '../../src/components/content/Exercises.astro';
import SourceListing from '../../src/components/content/SourceListing.astro';
import { runAtBuild, fmt } from '../../src/lib/build-run';

${buildRun}

An introduction: the question this chapter answers, and why it matters when training a network.

## The claim

${claimBlock}

## Summary

- The claim, in one line.

## Exercises

<Exercises>
  <li>Lower the learning rate tenfold. Does Adam still end below SGD? Why?</li>
</Exercises>

## References

[^ref]
`;
} else {
  for (const [dir, block0, summaryHeading] of [
    ['chapters', claimBlock, '## Summary'],
    ['chapters-ko', claimBlockKo, '## 요약'],
  ])
    appendDemo(at(`content/${dir}/${chapterSlug}.mdx`), block0, summaryHeading);
}

/** Appends the claim and the demo to one language's chapter, before its summary. */
function appendDemo(path, block0, summaryHeading) {
  let mdx = readFileSync(path, 'utf8');
  const end = mdx.indexOf('\n---', 3) + 4; // after the frontmatter
  const needs = [importBlock];
  if (!/import Claim from/.test(mdx)) needs.push(`import Claim from '../../src/components/content/Claim.astro';`);
  if (!/import SourceListing from/.test(mdx))
    needs.push(`import SourceListing from '../../src/components/content/SourceListing.astro';`);
  if (!/\brunAtBuild\b/.test(mdx)) needs.push(`import { runAtBuild } from '../../src/lib/build-run';`);
  if (!/\bfmt\b/.test(mdx)) needs.push(`import { fmt } from '../../src/lib/build-run';`);
  mdx = `${mdx.slice(0, end)}\n${needs.join('\n')}${mdx.slice(end)}`;
  const lastImport = [...mdx.matchAll(/^(import .*|export const .*)$/gm)].pop();
  const afterImports = lastImport.index + lastImport[0].length;
  mdx = `${mdx.slice(0, afterImports)}\n${buildRun.replace('export const r ', `export const ${experimentVar}Run `)}${mdx.slice(afterImports)}`;
  const block = block0.replace(/\br\.final/g, `${experimentVar}Run.final`);
  const summary = mdx.search(new RegExp(`^${summaryHeading}`, 'm'));
  const section = `## ${title}\n\n${block}\n\n`;
  mdx = summary >= 0 ? `${mdx.slice(0, summary)}${section}${mdx.slice(summary)}` : `${mdx.trimEnd()}\n\n${section}`;
  writeFileSync(path, mdx);
}

for (const [file, text] of Object.entries(files)) writeFileSync(at(file), text);

// The claim's catalogue text in Korean (the Korean claims page and chips show it).
const claimsKoFile = at('src/i18n/ko/claims.ts');
writeFileSync(
  claimsKoFile,
  readFileSync(claimsKoFile, 'utf8').replace(
    /(export const CLAIM_TEXT[^{]*\{[\s\S]*?)\n\};/,
    `$1\n  ${claimId}: '${claimTextKo}',\n};`,
  ),
);

const entry = `  ${claimId}: {\n    topic: '${chapterTitle.replace(/'/g, "\\'")}',\n    beyond: false,\n    text: '${claimText}',\n  },\n`;
writeFileSync(
  claimsFile,
  claimsText.replace(
    /\n\} as const satisfies Record<string, ClaimInfo>;/,
    `\n${entry}} as const satisfies Record<string, ClaimInfo>;`,
  ),
);

const written = [
  ...Object.keys(files),
  'src/lib/claims.ts',
  'src/i18n/ko/claims.ts',
  ...(what === 'demo' ? [`content/chapters/${chapterSlug}.mdx`, `content/chapters-ko/${chapterSlug}.mdx`] : []),
];
try {
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written.filter((f) => !f.endsWith('.mdx'))], {
    cwd: root,
    stdio: 'inherit',
  });
} catch {
  console.error('course new: Prettier did not run; format the files yourself (npm run format)');
}
console.log(
  `Created ${what === 'chapter' ? `the chapter "${slug}"` : `the demo ${demoName} in "${chapterSlug}"`} with claim ${claimId}:`,
);
for (const f of written) console.log(`  ${f}`);
console.log(`Next: scripts/course serve, open /chapters/${chapterSlug}/, and make the claim yours (CONTRIBUTING.md).`);
