/**
 * Claims are declared once (src/lib/claims.ts) and stated once (a chapter's <Claim> element):
 * the check that makes the build fail otherwise, and the index the /claims/ page shows.
 */
import { describe, expect, test } from 'vitest';
import { checkClaims, claimsInBody, demoIndex, testIndex, testNames } from '../../src/lib/claim-index';
import { CLAIM_IDS } from '../../src/lib/claims';

/** Every registered claim stated once, spread over two chapters. */
function allStated() {
  const half = Math.ceil(CLAIM_IDS.length / 2);
  const body = (ids: readonly string[]) => ids.map((id) => `<Claim id="${id}">text</Claim>`).join('\n');
  return [
    { id: 'one', filePath: 'content/chapters/one.mdx', body: body(CLAIM_IDS.slice(0, half)) },
    { id: 'two', filePath: 'content/chapters/two.mdx', body: body(CLAIM_IDS.slice(half)) },
  ];
}

describe('checkClaims', () => {
  test("passes when every registered claim is stated exactly once, and lists each chapter's claims in order", () => {
    const map = checkClaims(allStated());
    expect(map.get('one')![0]).toBe(CLAIM_IDS[0]);
    expect([...map.values()].flat().length).toBe(CLAIM_IDS.length);
  });

  test('an unregistered id in a chapter fails, naming the file and the id', () => {
    const chapters = allStated();
    chapters[1].body += '\n<Claim id="Z9">new</Claim>';
    expect(() => checkClaims(chapters)).toThrow(/content\/chapters\/two\.mdx: <Claim id="Z9"> is not registered/);
  });

  test('a registered claim that no chapter states fails, naming the id', () => {
    const chapters = allStated();
    const gone = CLAIM_IDS[3];
    chapters[0].body = chapters[0].body.replace(`<Claim id="${gone}">`, '<p>');
    expect(() => checkClaims(chapters)).toThrow(new RegExp(`claim ${gone} is registered but no chapter states it`));
  });

  test('a claim stated twice fails, naming both places', () => {
    const chapters = allStated();
    chapters[1].body += `\n<Claim id="${CLAIM_IDS[0]}">again</Claim>`;
    expect(() => checkClaims(chapters)).toThrow(
      new RegExp(`two\\.mdx: claim ${CLAIM_IDS[0]} is already stated in content/chapters/one\\.mdx`),
    );
  });

  test('claimsInBody reads <Claim id="…"> elements only', () => {
    expect(claimsInBody('<Claim id="A1">x</Claim> see A2 <Claim  id=\'B3\'>y</Claim>')).toEqual(['A1', 'B3']);
  });
});

describe('test names', () => {
  test('a test counts by its name (with its describe titles), not by a mention in a comment', () => {
    const src = `
      // A1 is mentioned here, in a comment
      describe('group', () => {
        test('A2: something holds', () => {});
        test.each([1, 2])('B4 with %i', () => {});
        it(\`B5 \${'x'}\`, () => {});
      });
      test('unrelated', () => { /* A3 */ });`;
    expect(testNames('x.test.ts', src)).toEqual([
      'group › A2: something holds',
      'group › B4 with %i',
      "group › B5 ${'x'}",
      'unrelated',
    ]);
  });

  test('the real index: every registered claim has a test named with it and a demo', () => {
    const tests = testIndex();
    const demos = demoIndex();
    for (const id of CLAIM_IDS) {
      expect(tests[id].length, `${id}: a test whose name contains it`).toBeGreaterThan(0);
      expect(demos[id].length, `${id}: a demo whose DemoFrame lists it`).toBeGreaterThan(0);
    }
  });
});
