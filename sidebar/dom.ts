/**
 * DOM building without markup strings: cell text is data, so it only ever enters the page as
 * text nodes (createTextNode/textContent), never parsed as HTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Static attribute names only (aria-*, role, type, tabindex...). */
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Elemen #${id} tidak ada di panel.`);
  return node as T;
}

/** A message block; `kind` picks the colour. Errors are announced at once (role=alert). */
export function message(text: string, kind: 'info' | 'ok' | 'warning' | 'error' = 'info'): HTMLParagraphElement {
  return el('p', { className: `message ${kind}`, attrs: kind === 'error' ? { role: 'alert' } : {} }, text);
}

/** Only http(s) links may be opened: a `javascript:` URL from anywhere would run code. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
