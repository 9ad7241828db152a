/**
 * Marks what a chapter's text computes: every inline `{expression}` of an MDX chapter (a number
 * from a build-time run, a phrase built around one) is wrapped in <span data-computed>, which looks
 * like nothing. Tests read these spans to compare the numbers of a chapter's editions (the same
 * runAtBuild calls must show the same numbers in every language) without guessing which digits of
 * the prose were typed and which were computed.
 */
import { chapterLanguage } from './chapter-file.mjs';

export function remarkMarkComputed() {
  return (tree, file) => {
    if (!chapterLanguage(file)) return;
    const walk = (node) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.type === 'mdxTextExpression') {
          children[i] = {
            type: 'mdxJsxTextElement',
            name: 'span',
            attributes: [{ type: 'mdxJsxAttribute', name: 'data-computed', value: '' }],
            children: [child],
          };
        } else walk(child);
      }
    };
    walk(tree);
  };
}
