// How a place looks wherever it is linked or listed: its link, its claim count, the places it lies in.
import { h, plural } from './dom.js';

/** The fields every place list asks for; append to a document that uses ...PlaceCount. */
export const PLACE_COUNT = `
fragment PlaceCount on Location {
  id name kind
  claims(first: 0) { totalCount }
}`;

/** Districts open the district page; every other place the place page. */
export function placeHref(location) {
  const view = location.kind === 'DISTRICT' ? 'district' : 'place';
  return `#/${view}/${encodeURIComponent(location.id)}`;
}

export function kindWord(kind) {
  return String(kind).toLowerCase();
}

/** A link with the kind in its text, so that "Kunduz (province)" and "Kunduz (city)" differ when read out. */
export function placeLink(location) {
  return h('a', { href: placeHref(location), class: 'place-link' }, location.name,
    h('span', { class: 'kind' }, ` (${kindWord(location.kind)})`));
}

// Larger units first, so that a country lists its provinces before its cities.
const KIND_RANK = ['COUNTRY', 'PROVINCE', 'DISTRICT', 'CITY', 'AREA', 'REGION', 'RIVER'];

/** Places by kind (provinces before districts before cities ...), then by name. */
export function byKindThenName(a, b) {
  return KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind) || a.name.localeCompare(b.name);
}

/** "3 claims", "no claims": a place's claim count, with the contract's meaning in its title. */
export function claimCount(location) {
  const count = location.claims.totalCount;
  return h('span', { class: 'count claim-count', 'data-count': count,
    title: 'claims placed here or in a place directly inside it' },
  count === 0 ? 'no claims' : plural(count, 'claim'));
}

/**
 * The way up from a place: Places › country › province › the place itself. `within` lists the
 * larger places from the nearest outwards, as a place's parent chain does.
 */
export function breadcrumb(place, within) {
  const up = [...within].reverse();
  return h('nav', { class: 'breadcrumb', 'aria-label': 'Where this place lies' },
    h('ol', {},
      h('li', {}, h('a', { href: '#/places' }, 'Places')),
      up.map((p) => h('li', {}, placeLink(p))),
      h('li', {}, h('span', { 'aria-current': 'page' }, place.name))));
}
