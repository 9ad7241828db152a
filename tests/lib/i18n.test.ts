/**
 * The message catalogs (src/i18n/): every language has every file English has, and no English is
 * left in a translation — checked on the catalogs themselves, every string and every message
 * function (called with sample arguments), not by reading pages. Plus the language routing helpers
 * and the check that keeps the Korean edition in step with the English chapters.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES, localeOfPath, localePrefix, switchLocalePath } from '../../src/i18n/locales';
import { ui } from '../../src/i18n';
import { coerce } from '../../src/lib/url-state';
import { refusalMessage } from '../../src/lib/refusal';

const demoFiles = (lang: string) =>
  readdirSync(new URL(`../../src/i18n/${lang}/demos/`, import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .sort();

async function demoCatalog(lang: string, file: string): Promise<unknown> {
  return (await import(`../../src/i18n/${lang}/demos/${file}`)).default;
}

/** Every string a catalog can produce: its strings, and each function called with sample arguments. */
function leaves(x: unknown, path = ''): { path: string; text: string }[] {
  if (typeof x === 'string') return [{ path, text: x }];
  if (typeof x === 'function') {
    const args = Array.from({ length: x.length }, (_, i) => (i % 2 ? 'ReLU' : 7));
    const out = (x as (...a: unknown[]) => unknown)(...args);
    return typeof out === 'string' ? [{ path: `${path}()`, text: out }] : leaves(out, `${path}()`);
  }
  if (Array.isArray(x)) return x.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Latin words a Korean text may keep: names of functions, methods, data sets, units and symbols
 * that Korean technical writing leaves as they are.
 */
const KEEP = new Set(
  (
    'relu leaky elu gelu silu swish maxout prelu tanh sigmoid softmax adam adagrad rmsprop nesterov sgd momentum ' +
    'mnist cifar xavier glorot he lecun kaiming bn nan inf csv id std lr url pca zca gp ei bayes ms min s k n x y z w b ' +
    'l2 l1 fc conv mse gpu cpu relus on off pytorch tensorflow saito cs231n numpy json fan in out html svg ' +
    'aka ok dropout batch matern ucb lhs mb kb ko en log exp max'
  ).split(' '),
);

/**
 * The English left in a text meant to be another language: a phrase of two or more English words
 * in a row, or any English word in a text with no Hangul at all. A single name or symbol inside a
 * Korean sentence ("MIT 라이선스", "Ctrl+C", "Node에서") is how Korean technical writing reads.
 */
function englishIn(text: string): string[] {
  const words = (text.match(/[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]+/g) ?? []).map((w) =>
    /^[A-Za-z]/.test(w) && w.length > 1 && !KEEP.has(w.toLowerCase()) ? w : null,
  );
  const english = words.filter((w): w is string => w !== null);
  if (!/[\uac00-\ud7a3]/.test(text)) return english;
  const phrases: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) if (words[i] && words[i + 1]) phrases.push(`${words[i]} ${words[i + 1]}`);
  return phrases;
}

/** Catalog entries that name a command or a file, which stay as they are in every language. */
const VERBATIM = /^(site\.searchDevOnly|site\.licenceMnist|chapter\.citeBibtex|glossary\.other)/;

describe('catalogs', () => {
  test('every language has the site catalog and every demo catalog English has', () => {
    const en = demoFiles('en');
    expect(en.length).toBeGreaterThan(0);
    for (const lang of LOCALES) expect(demoFiles(lang), lang).toEqual(en);
  });

  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    test(`${lang}: no English word is left in the site catalog`, () => {
      const bad = leaves(ui(lang))
        .map((l) => ({ ...l, english: englishIn(l.text) }))
        .filter((l) => l.english.length > 0 && !VERBATIM.test(l.path));
      expect(bad.map((b) => `${b.path}: ${b.text}`)).toEqual([]);
    });

    test(`${lang}: no English word is left in any demo catalog, and each has the English keys`, async () => {
      const bad: string[] = [];
      for (const file of demoFiles('en')) {
        const [en, tr] = [await demoCatalog('en', file), await demoCatalog(lang, file)];
        const enPaths = leaves(en).map((l) => l.path);
        const trLeaves = leaves(tr);
        expect(
          trLeaves.map((l) => l.path),
          file,
        ).toEqual(enPaths);
        for (const l of trLeaves) {
          const english = englishIn(l.text);
          if (english.length) bad.push(`${file} ${l.path}: ${english.join(' ')} — “${l.text}”`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  test('the English catalog is what the pages showed before translation (spot checks)', () => {
    const t = ui('en');
    expect(t.run.pause).toBe('Pause');
    expect(t.table.rows(1)).toBe('1 row');
    expect(t.table.rows(300)).toBe('300 rows');
    expect(t.demo.copyLink).toBe('Copy link');
  });
});

describe('messages in the page language', () => {
  test('a bad value in a link is explained in the page language', () => {
    const spec = { kind: 'int', default: 4, min: 1, max: 20, label: '층 수' } as const;
    expect(coerce('layers', spec, '99', ui('ko').params).notice).toBe(
      '층 수: 링크의 값 "99" 대신 20 값을 쓴다(범위 1–20 밖).',
    );
    expect(coerce('layers', { ...spec, label: 'layers' }, '99').notice).toBe('layers: "99" is outside 1–20; using 20.');
  });

  test('a refused size is worded in the page language', () => {
    const r = { limit: 'maxWidth' as const, value: 5000, max: 4096 };
    expect(refusalMessage(r)).toBe('A layer of 5,000 units is wider than a demo may use (4,096). Lower the width.');
    expect(refusalMessage(r, undefined, 'ko')).toBe(
      '유닛 5,000개짜리 층은 데모가 쓸 수 있는 폭(4,096)보다 넓다. 줄여 볼 설정: 폭.',
    );
  });
});

describe('language routing', () => {
  test('paths switch language and keep query and hash', () => {
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('ko')).toBe('/ko');
    expect(switchLocalePath('/chapters/introduction/', 'ko')).toBe('/ko/chapters/introduction/');
    expect(switchLocalePath('/ko/chapters/introduction/', 'en')).toBe('/chapters/introduction/');
    expect(switchLocalePath('/ko/chapters/x/?lr=0.1#demo-intro', 'en')).toBe('/chapters/x/?lr=0.1#demo-intro');
    expect(switchLocalePath('/', 'ko')).toBe('/ko/');
    expect(switchLocalePath('/ko/', 'en')).toBe('/');
    expect(switchLocalePath('/ko', 'en')).toBe('/');
    expect(switchLocalePath('/kotlin/', 'en')).toBe('/kotlin/');
    expect(localeOfPath('/ko/claims/')).toBe('ko');
    expect(localeOfPath('/claims/')).toBe('en');
  });
});
