/**
 * Tells every component of a translated chapter which language its page is in: in an MDX file
 * under content/chapters-<lang>/, each capitalised JSX element (a demo island, <Claim>, <Aside>,
 * <Exercises>, <SourceListing>) gets `lang="<lang>"` unless it sets one. So a translated chapter
 * embeds its demos exactly as the English one does, and they speak its language.
 */
import { chapterLanguage } from './chapter-file.mjs';

export function remarkDemoLang() {
  return (tree, file) => {
    const lang = chapterLanguage(file);
    if (!lang || lang === 'en') return;
    const walk = (node) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        /^[A-Z]/.test(node.name) &&
        !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')
      ) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: lang });
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
