/**
 * The files contributors look for: the licences (and README naming them), the issue forms and the
 * pull-request template (parsed as GitHub reads them: YAML issue forms, GitHub-flavoured
 * Markdown), CITATION.cff, the code of conduct, the changelog, .editorconfig, and the
 * third-party notices (which must name what the site ships).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Heading, Link, ListItem, Nodes, Root } from 'mdast';
import { ISSUE_FORMS } from '../../src/lib/repo-links';
import { COURSE_AUTHORS, COURSE_TITLE } from '../../src/lib/citation';
import { ALL_CREDITS } from '../../src/lib/credits';
import { course } from '../../course.config.mjs';

/** A node of a parsed YAML issue form, read field by field with checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML of any shape; each field is checked before use
type YamlNode = Record<string, any>;

const read = (path: string) => readFileSync(path, 'utf8');

function markdown(path: string): Root {
  return fromMarkdown(read(path), {
    extensions: [gfmTaskListItem()],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
}

function walk(node: Nodes, visit: (n: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function nodesOf<T extends Nodes>(root: Root, type: T['type']): T[] {
  const out: T[] = [];
  walk(root, (n) => {
    if (n.type === type) out.push(n as T);
  });
  return out;
}

describe('licences', () => {
  test('LICENSE is the MIT licence of the code', () => {
    const text = read('LICENSE');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toMatch(/^Copyright \(c\) \d{4} .+$/m);
    expect(text).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  test('LICENSE-content is CC BY 4.0 for content/, with its full legal code', () => {
    const text = read('LICENSE-content');
    expect(text).toContain('content/');
    expect(text).toContain('Creative Commons Attribution 4.0 International Public License');
    for (let s = 1; s <= 8; s++) expect(text).toMatch(new RegExp(`^Section ${s} -- `, 'm'));
    expect(text).toContain('https://creativecommons.org/licenses/by/4.0/legalcode');
  });

  test('README states the split and links both licence files, which exist', () => {
    const readme = markdown('README.md');
    const links = nodesOf<Link>(readme, 'link').map((l) => l.url);
    for (const file of ['LICENSE', 'LICENSE-content', 'THIRD_PARTY_NOTICES.md']) {
      expect(links, `README links ${file}`).toContain(file);
      expect(existsSync(file), `${file} exists`).toBe(true);
    }
    const text = textOf(readme);
    expect(text).toMatch(/MIT/);
    expect(text).toMatch(/CC BY 4\.0/);
  });

  test('the MNIST digits are credited (authors and licence) in README and beside the data file', () => {
    for (const file of ['README.md', 'public/data/README.md']) {
      const text = textOf(markdown(file));
      expect(text, file).toMatch(/LeCun/);
      expect(text, file).toMatch(/Cortes/);
      expect(text, file).toMatch(/Burges/);
      expect(text, file).toMatch(/CC BY-SA 3\.0/);
    }
  });
});

describe('third-party notices', () => {
  const notices = read('THIRD_PARTY_NOTICES.md');

  test('name everything the /credits/ page credits', () => {
    for (const c of ALL_CREDITS) expect(notices, c.name).toContain(c.name);
  });

  test('name every runtime dependency in package.json', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const missing = Object.keys(pkg.dependencies).filter((name) => !notices.includes(`\`${name}\``));
    expect(missing, 'dependencies THIRD_PARTY_NOTICES.md does not name (add them, with their licence)').toEqual([]);
  });

  test('include the full font licence they point to', () => {
    const ofl = read('licenses/OFL-1.1.txt');
    expect(notices).toContain('licenses/OFL-1.1.txt');
    expect(ofl).toContain('SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007');
    expect(ofl).toContain('with Reserved Font Name KaTeX_Main.');
  });
});

describe('issue forms (.github/ISSUE_TEMPLATE/*.yml)', () => {
  const dir = '.github/ISSUE_TEMPLATE';
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'config.yml');
  const forms = Object.fromEntries(files.map((f) => [f, parseYaml(read(`${dir}/${f}`))]));
  const ELEMENT_TYPES = ['markdown', 'textarea', 'input', 'dropdown', 'checkboxes'];

  test('there is one for a bug in a demo, an error in the text and a new chapter', () => {
    const names = files.map((f) => String(forms[f].name).toLowerCase());
    expect(names.some((n) => n.includes('demo'))).toBe(true);
    expect(names.some((n) => n.includes('text'))).toBe(true);
    expect(names.some((n) => n.includes('chapter'))).toBe(true);
  });

  for (const file of files) {
    test(`${file} has the keys GitHub needs, typed elements and unique ids`, () => {
      const form = forms[file];
      expect(typeof form.name, 'name').toBe('string');
      expect(form.name.length).toBeGreaterThan(0);
      expect(typeof form.description, 'description').toBe('string');
      expect(form.description.length).toBeGreaterThan(0);
      expect(Array.isArray(form.body), 'body is a list').toBe(true);
      const ids: string[] = [];
      for (const [i, el] of (form.body as YamlNode[]).entries()) {
        const where = `body[${i}]`;
        expect(ELEMENT_TYPES, `${where}.type`).toContain(el.type);
        if (el.type === 'markdown') {
          expect(typeof el.attributes?.value, `${where}: markdown needs attributes.value`).toBe('string');
          continue;
        }
        expect(el.id, `${where}.id`).toMatch(/^[A-Za-z0-9_-]+$/);
        ids.push(el.id);
        expect(typeof el.attributes?.label, `${where}.attributes.label`).toBe('string');
        if (el.type === 'dropdown') expect(el.attributes.options.length, `${where} options`).toBeGreaterThan(0);
        if (el.type === 'checkboxes') {
          for (const o of el.attributes.options) expect(typeof o.label, `${where} option label`).toBe('string');
        }
        if (el.validations !== undefined) expect(typeof el.validations.required).toBe('boolean');
      }
      expect(ids.length, 'at least one field that is not markdown').toBeGreaterThan(0);
      expect(new Set(ids).size, `ids unique: ${ids.join(', ')}`).toBe(ids.length);
      const labels = (form.body as YamlNode[]).filter((e) => e.type !== 'markdown').map((e) => e.attributes.label);
      expect(new Set(labels).size, 'labels unique').toBe(labels.length);
    });
  }

  test('the forms the site links to exist and have the fields the links prefill', () => {
    for (const { file, fields } of Object.values(ISSUE_FORMS)) {
      expect(files, file).toContain(file);
      const ids = (forms[file].body as YamlNode[]).map((e) => e.id);
      for (const id of fields) expect(ids, `${file} has a field "${id}"`).toContain(id);
    }
  });
});

describe('pull-request template', () => {
  const root = markdown('.github/pull_request_template.md');
  const tasks = nodesOf<ListItem>(root, 'listItem').filter((item) => typeof item.checked === 'boolean');
  const items = tasks.map((t) => textOf(t).replace(/\s+/g, ' '));

  test('is a checklist of unticked boxes', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    expect(tasks.every((t) => t.checked === false)).toBe(true);
  });

  // The course's rule (CONTRIBUTING.md): each claim stated, shown by a demo, checked by a test
  // that can fail, with numbers from the code, and screenshots of what the reader sees.
  for (const [rule, pattern] of [
    ['claim stated', /claim.*stated|stated.*claim/i],
    ['demo', /\bdemo\b/i],
    ['a test that can fail', /test.*(can|would) fail/i],
    ['numbers from the code', /numbers.*(code|runAtBuild)/i],
    ['screenshots in light, dark and phone', /screenshots?.*light.*dark.*phone/i],
  ] as const) {
    test(`has the rule "${rule}" as a checklist item`, () => {
      expect(
        items.some((t) => pattern.test(t)),
        items.join('\n'),
      ).toBe(true);
    });
  }

  test('asks for a CHANGELOG line', () => {
    expect(items.some((t) => t.includes('CHANGELOG.md'))).toBe(true);
  });
});

describe('CITATION.cff', () => {
  const cff = parseYaml(read('CITATION.cff'));

  test('has the keys of the Citation File Format 1.2.0', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(Array.isArray(cff.authors) && cff.authors.length > 0).toBe(true);
    for (const a of cff.authors) expect(a.name ?? a['family-names']).toBeTruthy();
  });

  test('names the course and its authors as the chapter citations do, and both licences', () => {
    expect(cff.title).toContain(COURSE_TITLE);
    expect(cff.authors.map((a: { name?: string }) => a.name)).toContain(COURSE_AUTHORS);
    expect(cff.license).toEqual(expect.arrayContaining(['MIT', 'CC-BY-4.0']));
  });

  test('has the version of package.json', () => {
    expect(String(cff.version)).toBe(JSON.parse(read('package.json')).version);
  });

  test('points to the repository the site links to', () => {
    expect(cff['repository-code']).toMatch(/^https:\/\//);
    // A deploy may point COURSE_REPO at a fork; without it, both name the course's own repository.
    if (!process.env.COURSE_REPO) expect(cff['repository-code']).toBe(course.repo);
  });
});

describe('community files', () => {
  test('CODE_OF_CONDUCT.md is the Contributor Covenant 2.1 with a contact', () => {
    const text = read('CODE_OF_CONDUCT.md');
    expect(text).toMatch(/^# Contributor Covenant Code of Conduct/);
    expect(text).toContain('version 2.1');
    expect(text).not.toContain('[INSERT CONTACT METHOD]');
    expect(text).toMatch(/reported to the community leaders responsible for enforcement at\s+\*\*.+\*\*/);
  });

  test('CHANGELOG.md starts with an "Unreleased" section that lists something', () => {
    const root = markdown('CHANGELOG.md');
    const h2 = nodesOf<Heading>(root, 'heading').filter((h) => h.depth === 2);
    expect(h2.length).toBeGreaterThan(0);
    expect(textOf(h2[0])).toBe('Unreleased');
    const after = root.children.slice(root.children.indexOf(h2[0]) + 1);
    const next = after.findIndex((n) => n.type === 'heading' && n.depth === 2);
    const section = next < 0 ? after : after.slice(0, next);
    expect(section.some((n) => n.type === 'list')).toBe(true);
  });

  test('.editorconfig agrees with Prettier (indent, line length, line ends)', () => {
    const prettier = JSON.parse(read('.prettierrc.json'));
    const ini = read('.editorconfig');
    const star = ini.slice(ini.indexOf('[*]'), ini.indexOf('[', ini.indexOf('[*]') + 1));
    const get = (key: string) => star.match(new RegExp(`^${key}\\s*=\\s*(\\S+)`, 'm'))?.[1];
    expect(ini).toMatch(/^root\s*=\s*true/m);
    expect(get('indent_style')).toBe(prettier.useTabs ? 'tab' : 'space');
    expect(Number(get('indent_size'))).toBe(prettier.tabWidth ?? 2);
    expect(Number(get('max_line_length'))).toBe(prettier.printWidth ?? 80);
    expect(get('end_of_line')).toBe(prettier.endOfLine ?? 'lf');
  });
});
