// The router: every view has its own hash URL (#/article/1, #/places, #/search?q=...), so back, forward and
// shared links work. Each navigation shows a loading state, then the view or what went wrong.
import { ApiError } from './api.js';
import { h, heading, errorMessage } from './dom.js';
import * as home from './views/home.js';
import * as article from './views/article.js';
import * as actor from './views/actor.js';
import * as place from './views/place.js';
import * as places from './views/places.js';
import * as disputes from './views/disputes.js';
import * as search from './views/search.js';
import * as ingest from './views/ingest.js';

const ROUTES = [
  { pattern: /^\/?$/, render: home.render, title: 'Home', nav: 'home' },
  { pattern: /^\/article\/([^/]+)$/, render: article.render, title: 'Article' },
  { pattern: /^\/actor\/([^/]+)$/, render: actor.render, title: 'Actor' },
  { pattern: /^\/places$/, render: places.render, title: 'Places', nav: 'places' },
  { pattern: /^\/district\/([^/]+)$/, render: place.renderDistrict, title: 'District' },
  { pattern: /^\/place\/([^/]+)$/, render: place.renderPlace, title: 'Place' },
  { pattern: /^\/disputes$/, render: disputes.render, title: 'Disputes', nav: 'disputes' },
  { pattern: /^\/search$/, render: search.render, title: 'Search' },
  { pattern: /^\/ingest$/, render: ingest.render, title: 'Ingest', nav: 'ingest' },
];

const main = document.getElementById('view');
let navigation = 0;

/** Splits '#/article/3?claim=7' into the path '/article/3' and its query parameters. */
function parseHash(hash) {
  const raw = hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  return { path, query };
}

async function show() {
  const current = ++navigation;
  const { path, query } = parseHash(window.location.hash);
  const route = ROUTES.find((r) => r.pattern.test(path));
  markNav(route?.nav);
  syncSearchBox(path, query);
  if (!route) {
    present(current, h('div', { class: 'view' }, heading('Page not found'),
      h('p', {}, 'There is no view at this address. ', h('a', { href: '#/' }, 'Go to the start page.'))), 'Not found');
    return;
  }
  const id = decodeURIComponent(path.match(route.pattern)[1] || '');
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  try {
    const rendered = await route.render({ id, query });
    present(current, rendered, route.title);
  } catch (e) {
    present(current, failure(e), 'Error');
  }
}

/** Shows a view unless the user has navigated elsewhere meanwhile, and moves focus to it. */
function present(current, rendered, title) {
  if (current !== navigation) return;
  const node = rendered instanceof Node ? rendered : rendered.node;
  main.replaceChildren(node);
  main.removeAttribute('aria-busy');
  const headingText = node.querySelector('h1')?.textContent;
  document.title = `${headingText || title} · claimgraph`;
  const focus = (rendered instanceof Node ? null : rendered.focus) || node.querySelector('h1');
  if (focus) {
    focus.focus({ preventScroll: false });
    if (!(rendered instanceof Node) && rendered.focus) focus.scrollIntoView({ block: 'center' });
  }
}

function failure(error) {
  const retry = h('button', { type: 'button', onclick: () => show() }, 'Try again');
  let text;
  if (error instanceof ApiError && error.kind === 'unreachable') {
    text = error.message;
  } else if (error instanceof ApiError) {
    text = `The API answered with an error: ${error.message}`;
  } else {
    text = `Something went wrong in the page: ${error.message || error}`;
  }
  return h('div', { class: 'view failure' }, heading('Cannot show this page'), errorMessage(text, retry));
}

function markNav(name) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function syncSearchBox(path, query) {
  const box = document.getElementById('search-text');
  if (path === '/search' && document.activeElement !== box) box.value = query.get('q') || '';
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('search-text').value.trim();
  window.location.hash = `#/search?q=${encodeURIComponent(text)}`;
});

// The skip link must not change the hash: that would be a navigation.
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', show);
show();
