// Test helper: the comment as a reviewer sees it, i.e. rendered by a GitHub-flavoured markdown
// renderer into HTML, then read back as a DOM.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element, Node, Text } from 'domhandler';
import { renderGfm } from '../../../scripts/gfm.ts';

export const isElement = (node: Node): node is Element => 'name' in node && 'children' in node;
export const isText = (node: Node): node is Text => node.type === 'text';

export interface Rendered {
  root: Node[];
  /** Every element in document order. */
  elements: Element[];
  html: string;
}

export function render(markdown: string): Rendered {
  const html = renderGfm(markdown);
  const doc = parseDocument(html);
  return { root: doc.children, elements: DomUtils.findAll(() => true, doc.children), html };
}

/** Visible text of a node: <br> as a line break, zero-width spaces (Herald's anti-mention) removed. */
export function visibleText(node: Node): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(visibleText).join('');
}

/** Without Herald's zero-width spaces; no-break spaces (kept indentation) read as spaces. */
export const clean = (text: string): string => text.replace(/\u200b/g, '').replace(/\u00a0/g, ' ');

/** The text a reviewer reads in a quote block: paragraphs separated by a blank line. */
export function quoteText(quote: Element): string {
  return clean(
    quote.children
      .filter(isElement)
      .map((p) => visibleText(p).replace(/\n$/, ''))
      .join('\n\n'),
  );
}

export const byName = (rendered: Rendered, name: string): Element[] => rendered.elements.filter((e) => e.name === name);

export const pageText = (rendered: Rendered): string => clean(rendered.root.map(visibleText).join(''));

/** The first element that is not whitespace or an HTML comment. */
export function firstElement(rendered: Rendered): Element | undefined {
  return rendered.root.find((n): n is Element => isElement(n));
}

export function inside(element: Element, names: string[]): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (isElement(parent) && names.includes(parent.name)) return true;
  }
  return false;
}
