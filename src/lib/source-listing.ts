/**
 * Source listings for the chapters, read from the repository at build time, so that what a reader
 * sees is exactly the code the demo and the tests run (no copy to drift from it).
 *
 *   sourceOf('src/core/layers/batchnorm.ts')                      // the whole file
 *   sourceOf('src/core/layers/batchnorm.ts', { symbol: 'forward' }) // one function or method
 *   sourceOf('src/core/optimizers.ts', { symbol: 'step', marker: "case 'adam'" })  // one switch case
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface SourceOptions {
  /** A function, method, class or variable by name (the first one with that name). */
  symbol?: string;
  /** Within the symbol, only the `case` clause (or block) whose first line contains this text. */
  marker?: string;
}

export interface Listing {
  file: string;
  code: string;
  /** 1-based first line of the excerpt in the file (for the link to the repository). */
  line: number;
}

/** Removes the indentation the excerpt's lines share. */
function dedent(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const cut = Math.min(...indents, Infinity);
  return lines.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join('\n');
}

export function sourceOf(file: string, options: SourceOptions = {}): Listing {
  const text = readFileSync(join(process.cwd(), file), 'utf8');
  if (!options.symbol) return { file, code: text.replace(/\s+$/, ''), line: 1 };
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let found: ts.Node | null = null;
  const named = (n: ts.Node): string | null => {
    if (
      (ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isClassDeclaration(n) ||
        ts.isInterfaceDeclaration(n) ||
        ts.isVariableDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    )
      return n.name.text;
    return null;
  };
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (named(n) === options.symbol) {
      found = ts.isVariableDeclaration(n) ? n.parent.parent : n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`sourceOf: no symbol "${options.symbol}" in ${file}`);
  let node: ts.Node = found;
  if (options.marker) {
    let clause: ts.Node | null = null;
    const inner = (n: ts.Node): void => {
      if (clause) return;
      if ((ts.isCaseClause(n) || ts.isBlock(n)) && n.getText().split('\n')[0].includes(options.marker!)) {
        clause = n;
        return;
      }
      ts.forEachChild(n, inner);
    };
    inner(node);
    if (!clause) throw new Error(`sourceOf: no clause "${options.marker}" in ${options.symbol} of ${file}`);
    node = clause;
  }
  // Include the doc comment above a declaration.
  const start = ts.getLeadingCommentRanges(text, node.getFullStart())?.[0]?.pos ?? node.getStart();
  const line = sf.getLineAndCharacterOfPosition(start).line + 1;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return { file, code: dedent(text.slice(lineStart, node.getEnd())), line };
}
