// The DOM helpers Obsidian adds to every window (createEl, createDiv, createSpan, Node.empty), for pages without Obsidian:
// the playground and the browser test pages. Imitates `DomElementInfo`: cls, text, attr, title, type, placeholder, value, parent, prepend;
// and Element.addClass and setText.

type Info = { cls?: string | string[]; text?: string; attr?: Record<string, string | number | boolean | null>; title?: string; type?: string; placeholder?: string; value?: string; parent?: Node; prepend?: boolean };

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, info?: Info | string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  const o: Info = typeof info === "string" ? { cls: info } : (info ?? {});
  if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(" ") : o.cls;
  if (o.text !== undefined) el.textContent = o.text;
  if (o.title !== undefined) el.title = o.title;
  for (const name of ["type", "placeholder", "value"] as const) {
    if (o[name] !== undefined) el.setAttribute(name, o[name]);
  }
  for (const [name, value] of Object.entries(o.attr ?? {})) {
    if (value !== null && value !== false) el.setAttribute(name, value === true ? "" : String(value));
  }
  if (o.parent) {
    if (o.prepend) o.parent.insertBefore(el, o.parent.firstChild);
    else o.parent.appendChild(el);
  }
  return el;
}

/** Installs the helpers on this window; safe to call more than once. */
export function installObsidianDom(): void {
  const proto = Node.prototype as unknown as Record<string, unknown>;
  const host = window as unknown as Record<string, unknown>;
  if (typeof host.createEl === "function") return;
  const child = (parent: Node, tag: keyof HTMLElementTagNameMap, info?: Info | string) =>
    make(parent.ownerDocument ?? document, tag, { ...(typeof info === "string" ? { cls: info } : info), parent });
  proto.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, info?: Info | string) {
    return child(this, tag, info);
  };
  proto.createDiv = function (this: Node, info?: Info | string) {
    return child(this, "div", info);
  };
  proto.createSpan = function (this: Node, info?: Info | string) {
    return child(this, "span", info);
  };
  const element = Element.prototype as unknown as Record<string, unknown>;
  element.addClass = function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  };
  element.setText = function (this: Element, text: string) {
    this.textContent = text;
  };
  proto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  host.createEl = (tag: keyof HTMLElementTagNameMap, info?: Info | string) => make(document, tag, info);
  host.createDiv = (info?: Info | string) => make(document, "div", info);
  host.createSpan = (info?: Info | string) => make(document, "span", info);
}
