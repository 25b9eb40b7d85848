// Small helpers to build elements. Text from the API always goes in as text nodes, never as HTML.

/**
 * Creates an element: h('a', {href: '#/'}, 'Home'). Attributes whose value is null, undefined or
 * false are left out; `class` sets the class name; children may be strings, nodes, arrays or null.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : String(child));
    }
  }
}

/** The heading every view starts with; the router moves focus to it after navigation. */
export function heading(text, ...rest) {
  return h('h1', { tabindex: '-1', class: 'view-heading' }, text, ...rest);
}

/** A paragraph saying that a list is empty, in words. */
export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A message about something that went wrong, announced to screen readers. */
export function errorMessage(text, ...rest) {
  return h('div', { class: 'error', role: 'alert' }, h('p', {}, text), ...rest);
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The URL as a link target if it is an absolute http or https URL, else null. Stored data may hold
 * anything (rows written before the API checked links, or by hand): a javascript: or data: URL must
 * never become a link on this page, which shares its origin with the API.
 */
export function webHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
