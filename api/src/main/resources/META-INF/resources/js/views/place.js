// District and place pages: where a place lies, the places inside it with their claim counts, and the
// claims made there with their speakers.
import { graphql } from '../api.js';
import { h, heading, empty } from '../dom.js';
import { CLAIM_ITEM, claimList } from '../claims.js';
import { PLACE_COUNT, placeLink, claimCount, breadcrumb, byKindThenName, kindWord } from '../locations.js';

/** The places directly inside one, each with how many places lie inside it in turn. */
const INSIDE = `
fragment Inside on Location {
  children(first: 200) {
    totalCount
    edges { node { ...PlaceCount children(first: 0) { totalCount } } }
  }
}
${PLACE_COUNT}`;

// A district is a place too: its page asks for the same id as a location for the places inside it.
const DISTRICT = `
query District($id: ID!) {
  district(id: $id) {
    id name aliases code
    province { id name kind }
    country { id name kind }
    claims(first: 100) { totalCount edges { node { ...ClaimItem } } }
  }
  location(id: $id) { id ...Inside }
}
${CLAIM_ITEM}
${INSIDE}`;

const PLACE = `
query Place($id: ID!) {
  location(id: $id) {
    id name kind aliases code
    parent { id name kind parent { id name kind parent { id name kind } } }
    claims(first: 100) { totalCount edges { node { ...ClaimItem } } }
    ...Inside
  }
}
${CLAIM_ITEM}
${INSIDE}`;

export async function renderDistrict({ id }) {
  const { district, location } = await graphql(DISTRICT, { id });
  if (!district) return notFound('District', id);
  const within = [district.province, district.country].filter(Boolean);
  return page(district, 'district', within, location?.children);
}

export async function renderPlace({ id }) {
  const { location } = await graphql(PLACE, { id });
  if (!location) return notFound('Place', id);
  const within = [];
  for (let p = location.parent; p; p = p.parent) within.push(p);
  return page(location, kindWord(location.kind), within, location.children);
}

function page(place, kind, within, children) {
  const claims = place.claims.edges.map((e) => e.node);
  const otherNames = place.aliases.filter((a) => a !== place.name);
  return h('div', { class: `view place place-${kind}` },
    breadcrumb(place, within),
    heading(place.name, h('span', { class: 'kind' }, ` (${kind})`)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'In'),
      h('dd', { class: 'within' }, within.length === 0 ? 'no larger place is known'
        : within.map((p, i) => [i > 0 ? ', ' : '', placeLink(p)])),
      place.code ? [h('dt', {}, 'Code'), h('dd', {}, place.code)] : null,
      otherNames.length > 0 ? [h('dt', {}, 'Also spelled'), h('dd', {}, otherNames.join(', '))] : null),
    children ? inside(place, children) : null,
    h('section', { 'aria-labelledby': 'place-claims-heading' },
      h('h2', { id: 'place-claims-heading' }, `Claims made here (${place.claims.totalCount})`),
      claimList(claims, `No claims are placed in ${place.name}.`)));
}

function inside(place, children) {
  const places = children.edges.map((e) => e.node).sort(byKindThenName);
  const more = children.totalCount - places.length;
  return h('section', { 'aria-labelledby': 'inside-heading' },
    h('h2', { id: 'inside-heading' }, `Places inside ${place.name} (${children.totalCount})`),
    places.length === 0 ? empty(`No place inside ${place.name} is named in the stored articles.`)
      : h('ul', { class: 'places-inside' }, places.map((p) => h('li', {
        class: 'place-node', 'data-place-id': p.id, 'data-kind': kindWord(p.kind) },
      placeLink(p), ' ', claimCount(p),
      p.children.totalCount > 0 ? h('span', { class: 'count' }, ` · ${p.children.totalCount} inside`) : null))),
    more > 0 ? h('p', { class: 'more' }, `The first ${places.length} of ${children.totalCount} are listed.`) : null);
}

function notFound(what, id) {
  return h('div', { class: 'view' }, heading(`${what} not found`), empty(`No ${what.toLowerCase()} has the id ${id}.`));
}
