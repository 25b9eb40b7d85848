// Places: the countries, the provinces and districts inside them, each with its claim count, and the
// regions and rivers that lie in no country (those inside one are in its tree). Each place links to its own page.
import { graphql } from '../api.js';
import { h, heading, empty } from '../dom.js';
import { PLACE_COUNT, placeLink, claimCount, byKindThenName } from '../locations.js';

// Two levels below each country (provinces, then their districts) in one request; every nested
// list is loaded for all countries at once by the API. The page sizes keep the request under the API's
// node limit (10 + 10 x 60 + 10 x 60 x 60 = 36,610 of 50,000); a place with more inside says how many more.
const COUNTRIES = `
query PlaceTree($after: String) {
  locations(filter: { kind: COUNTRY }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      ...PlaceCount
      children(first: 60) { totalCount edges { node {
        ...PlaceCount
        children(first: 60) { totalCount edges { node { ...PlaceCount } } }
      } } }
    } }
  }
}
${PLACE_COUNT}`;

const OUTSIDE = `
query PlacesOutside {
  regions: locations(filter: { kind: REGION }, first: 200) { edges { node { ...PlaceCount parent { id } } } }
  rivers: locations(filter: { kind: RIVER }, first: 200) { edges { node { ...PlaceCount parent { id } } } }
}
${PLACE_COUNT}`;

/** At most this many pages of countries: far more countries than there are. */
const MAX_PAGES = 40;

export async function render() {
  const [countries, outside] = await Promise.all([allCountries(), graphql(OUTSIDE)]);
  const others = [...nodes(outside.regions), ...nodes(outside.rivers)]
    .filter((p) => p.parent == null).sort(byKindThenName);
  const nothing = countries.length === 0 && others.length === 0;
  return h('div', { class: 'view places' },
    heading('Places'),
    h('p', { class: 'lede' }, 'Countries with the provinces and districts inside them, as the articles name them. ',
      'A count is of the claims placed in that place or in a place directly inside it.'),
    nothing ? empty('No places yet: no stored article names a place. Ingest one to start the graph.') : [
      h('section', { 'aria-labelledby': 'countries-heading' },
        h('h2', { id: 'countries-heading' }, `Countries (${countries.length})`),
        countries.length === 0 ? empty('No country is named in the stored articles.')
          : h('ul', { class: 'place-tree' }, countries.map((c) => treeItem(c, 2)))),
      others.length === 0 ? null : h('section', { 'aria-labelledby': 'others-heading' },
        h('h2', { id: 'others-heading' }, `Regions and rivers (${others.length})`),
        h('ul', { class: 'place-tree' }, others.map((p) => treeItem(p, 0)))),
    ]);
}

/** Every country, page after page, sorted by name. */
async function allCountries() {
  const countries = [];
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { locations } = await graphql(COUNTRIES, { after });
    countries.push(...nodes(locations));
    if (!locations.pageInfo.hasNextPage) break;
    after = locations.pageInfo.endCursor;
  }
  return countries.sort((a, b) => a.name.localeCompare(b.name));
}

/** A place, its claim count and, `depth` levels down, the places inside it. */
function treeItem(place, depth) {
  const inside = depth > 0 && place.children ? nodes(place.children).sort(byKindThenName) : [];
  const more = depth > 0 && place.children ? place.children.totalCount - inside.length : 0;
  return h('li', { class: 'place-node', 'data-place-id': place.id, 'data-kind': place.kind.toLowerCase() },
    placeLink(place), ' ', claimCount(place),
    inside.length === 0 ? null : h('ul', {}, inside.map((child) => treeItem(child, depth - 1))),
    more > 0 ? h('p', { class: 'more' }, `and ${more} more inside `, placeLink(place)) : null);
}

function nodes(connection) {
  return connection.edges.map((e) => e.node);
}
