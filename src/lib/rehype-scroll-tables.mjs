// @ts-check
/**
 * A rehype plugin: every table written in a chapter is wrapped in a box that scrolls sideways on
 * its own, so a wide table never widens the page on a phone. The box can take keyboard focus
 * (a scrollable region must be reachable without a mouse) and is named for screen readers.
 *
 *   <table>…</table>  →  <div class="table-scroll" tabindex="0" role="region" aria-label="Table">
 *                          <table>…</table></div>
 */

/** @typedef {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: Node[] }} Node */

/** @param {Node} node */
function wrapTables(node) {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
        children: [child],
      };
    }
    wrapTables(child);
    return child;
  });
}

export function rehypeScrollTables() {
  return (/** @type {Node} */ tree) => wrapTables(tree);
}
