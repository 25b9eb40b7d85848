// Search: one box over claims, actors and places; results grouped by kind.
import { graphql, ApiError } from '../api.js';
import { h, heading, empty, errorMessage } from '../dom.js';
import { CLAIM_ITEM, claimItem, actorLink } from '../claims.js';
import { placeLink } from '../locations.js';

const QUERY = `
query Search($text: String!) {
  search(text: $text, first: 50) {
    score
    claim { ...ClaimItem }
    actor { id name kind title }
    location { id name kind parent { name } }
  }
}
${CLAIM_ITEM}`;

export async function render({ query }) {
  const text = (query.get('q') || '').trim();
  if (!text) {
    return h('div', { class: 'view search' }, heading('Search'),
      empty('Type a name, a place or words of a claim into the search box.'));
  }
  let hits;
  try {
    hits = (await graphql(QUERY, { text })).search;
  } catch (e) {
    // A server without search, or one refusing the text, answers with a GraphQL error: say so and stay usable.
    if (e instanceof ApiError && e.kind === 'graphql') {
      return h('div', { class: 'view search' }, heading(`Search for “${text}”`),
        errorMessage(`The search failed: ${e.message}`));
    }
    throw e;
  }
  const actors = hits.filter((x) => x.actor).map((x) => x.actor);
  const places = hits.filter((x) => x.location).map((x) => x.location);
  const claims = hits.filter((x) => x.claim).map((x) => x.claim);
  return h('div', { class: 'view search' },
    heading(`Search for “${text}”`),
    hits.length === 0 ? empty(`Nothing matches “${text}”.`) : [
      group('Actors', actors, (a) => h('li', {}, actorLink(a), h('span', { class: 'kind' }, ` (${a.kind.toLowerCase()})`),
        a.title ? `, ${a.title}` : '')),
      group('Places', places, (l) => h('li', {}, placeLink(l), l.parent ? `, ${l.parent.name}` : '')),
      group('Claims', claims, (c) => claimItem(c)),
    ]);
}

function group(title, items, item) {
  const id = `results-${title.toLowerCase()}`;
  return h('section', { class: 'result-group', 'aria-labelledby': id },
    h('h2', { id }, `${title} (${items.length})`),
    items.length === 0 ? empty(`No ${title.toLowerCase()} match.`)
      : h('ul', { class: `results ${id}` }, items.map(item)));
}
