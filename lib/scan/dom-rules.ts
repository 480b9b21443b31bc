/**
 * Which parts of a page the scanner reads, decided from tag names and attributes only: asking for
 * computed style per element would force style recalculation on big pages (issue 5: the page must
 * stay as fast as before), so "visible" here means "not in a subtree that never renders as text".
 */

/** Subtrees we never read: code, form fields, media, and markup that is not page text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'datalist',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
]);

/**
 * Inline elements: text inside them joins the surrounding text, so "US <b>10,123</b>,456" is one
 * string. Everything else (block elements, table cells, custom elements) separates text blocks.
 */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'output', 'q', 'rb', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Code editors render text in ordinary elements; their text is the user's input, not the page's. */
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor)(?:\s|$)/;

/** True when the element's whole subtree must be left alone. */
export function isSkipped(el: Element): boolean {
  const name = el.localName;
  if (SKIPPED.has(name)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if ((name === 'div' || name === 'pre') && EDITOR_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return false;
}

/** For inline elements (never a SKIPPED tag): hidden or editable, so not to be read. */
export function isHiddenOrEditable(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when text inside the element continues the text around it. */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** The element whose text block a node belongs to: its nearest non-inline ancestor. */
export function blockContainerOf(node: Node): Node | null {
  let p: Node | null = node.parentNode;
  while (p && p.nodeType === 1 && isInline(p as Element)) p = p.parentNode;
  return p;
}
