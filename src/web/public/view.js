// A tiny view layer: elements are built with textContent only, so text a user wrote can never
// become markup, whatever it contains.

/**
 * @param {string} tag
 * @param {Record<string, unknown> | null} [props] attributes; `on<event>` adds a listener; `class`, `dataset`
 * @param {...(Node | string | number | null | undefined | false | Array<Node | string | null | undefined | false>)} children
 * @returns {HTMLElement}
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'value') /** @type {HTMLInputElement} */ (element).value = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** @param {HTMLElement} parent @param {unknown[]} children */
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent` with `children`. */
export function mount(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/** Fills `{{name}}` placeholders; the result is still only ever used as text. */
export function fill(template, params = {}) {
  return String(template).replace(/\{\{(\w+)\}\}/g, (_, name) => (name in params ? String(params[name]) : ''));
}
