// District and place pages: where a place lies and the claims made there, with their speakers.
import { graphql } from '../api.js';
import { h, heading, empty } from '../dom.js';
import { CLAIM_ITEM, claimList } from '../claims.js';
import { placeLink } from './article.js';

const DISTRICT = `
query District($id: ID!) {
  district(id: $id) {
    id name aliases code
    province { id name kind }
    country { id name kind }
    claims(first: 100) { totalCount edges { node { ...ClaimItem } } }
  }
}
${CLAIM_ITEM}`;

const PLACE = `
query Place($id: ID!) {
  location(id: $id) {
    id name kind aliases code
    parent { id name kind parent { id name kind } }
    claims(first: 100) { totalCount edges { node { ...ClaimItem } } }
  }
}
${CLAIM_ITEM}`;

export async function renderDistrict({ id }) {
  const { district } = await graphql(DISTRICT, { id });
  if (!district) return notFound('District', id);
  const within = [district.province, district.country].filter(Boolean);
  return page(district, 'district', within);
}

export async function renderPlace({ id }) {
  const { location } = await graphql(PLACE, { id });
  if (!location) return notFound('Place', id);
  const within = [];
  for (let p = location.parent; p; p = p.parent) within.push(p);
  return page(location, location.kind.toLowerCase(), within);
}

function page(place, kind, within) {
  const claims = place.claims.edges.map((e) => e.node);
  const otherNames = place.aliases.filter((a) => a !== place.name);
  return h('div', { class: `view place place-${kind}` },
    heading(place.name, h('span', { class: 'kind' }, ` (${kind})`)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'In'),
      h('dd', { class: 'within' }, within.length === 0 ? 'no larger place is known'
        : within.map((p, i) => [i > 0 ? ', ' : '', placeLink(p)])),
      place.code ? [h('dt', {}, 'Code'), h('dd', {}, place.code)] : null,
      otherNames.length > 0 ? [h('dt', {}, 'Also spelled'), h('dd', {}, otherNames.join(', '))] : null),
    h('section', { 'aria-labelledby': 'place-claims-heading' },
      h('h2', { id: 'place-claims-heading' }, `Claims made here (${place.claims.totalCount})`),
      claimList(claims, `No claims are placed in ${place.name}.`)));
}

function notFound(what, id) {
  return h('div', { class: 'view' }, heading(`${what} not found`), empty(`No ${what.toLowerCase()} has the id ${id}.`));
}
