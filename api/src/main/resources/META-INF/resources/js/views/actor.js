// Actor page: who the actor is, who belongs to it, what it said, what was said about it, and the disputes it is in.
import { graphql } from '../api.js';
import { h, heading, empty, plural } from '../dom.js';
import { CLAIM_ITEM, claimList, actorLink } from '../claims.js';
import { disputeCard, DISPUTE_FIELDS } from './disputes.js';

/** Members listed on the page; the heading counts them all. */
const MEMBERS_SHOWN = 100;

const QUERY = `
query Actor($id: ID!) {
  actor(id: $id) {
    id name kind title aliases
    affiliation { id name kind }
    members(first: ${MEMBERS_SHOWN}) { totalCount edges { node { id name kind title claims(first: 0) { totalCount } } } }
    claims(first: 100) { totalCount edges { node { ...ClaimItem } } }
  }
  about: claims(filter: { about: $id }, first: 100) { totalCount edges { node { ...ClaimItem } } }
  disputes(filter: { actor: $id }, first: 50) { totalCount edges { node { ...DisputeFields } } }
}
${CLAIM_ITEM}
${DISPUTE_FIELDS}`;

export async function render({ id }) {
  const data = await graphql(QUERY, { id });
  const actor = data.actor;
  if (!actor) {
    return h('div', { class: 'view' }, heading('Actor not found'), empty(`No actor has the id ${id}.`));
  }
  const said = actor.claims.edges.map((e) => e.node);
  const about = data.about.edges.map((e) => e.node);
  const disputes = data.disputes.edges.map((e) => e.node);
  const otherNames = actor.aliases.filter((a) => a !== actor.name);
  return h('div', { class: 'view actor' },
    heading(actor.name),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Kind'), h('dd', { class: 'actor-kind' }, actor.kind.toLowerCase()),
      actor.title ? [h('dt', {}, 'Title'), h('dd', { class: 'actor-title' }, actor.title)] : null,
      actor.affiliation ? [h('dt', {}, 'Affiliation'), h('dd', { class: 'affiliation' }, actorLink(actor.affiliation))] : null,
      h('dt', {}, 'Also named'),
      h('dd', { class: 'aliases' }, otherNames.length === 0 ? 'no other names' : otherNames.join(', '))),
    members(actor),
    h('section', { 'aria-labelledby': 'said-heading' },
      h('h2', { id: 'said-heading' }, `Claims made (${actor.claims.totalCount})`),
      claimList(said, `${actor.name} made no claims in the stored articles.`, { showSpeaker: false })),
    h('section', { 'aria-labelledby': 'about-heading' },
      h('h2', { id: 'about-heading' }, `Claims about ${actor.name} (${data.about.totalCount})`),
      claimList(about, `No claims are about ${actor.name}.`)),
    h('section', { 'aria-labelledby': 'actor-disputes-heading' },
      h('h2', { id: 'actor-disputes-heading' }, `Disputes (${data.disputes.totalCount})`),
      disputes.length === 0 ? empty(`${actor.name} is part of no dispute.`)
        : h('div', { class: 'dispute-list' }, disputes.map(disputeCard))));
}

/** Who belongs to the actor (the actors whose affiliation it is); a person rarely has any, so says nothing then. */
function members(actor) {
  const total = actor.members.totalCount;
  if (total === 0 && actor.kind === 'PERSON') return null;
  const sorted = actor.members.edges.map((e) => e.node)
    .sort((a, b) => b.claims.totalCount - a.claims.totalCount || a.name.localeCompare(b.name));
  return h('section', { 'aria-labelledby': 'members-heading' },
    h('h2', { id: 'members-heading' }, `Members (${total})`),
    total > sorted.length ? h('p', { class: 'lede' }, `Showing the first ${sorted.length} stored.`) : null,
    sorted.length === 0 ? empty(`No one in the stored articles is affiliated with ${actor.name}.`)
      : h('ul', { class: 'members' }, sorted.map((m) => h('li', { 'data-actor-id': m.id },
        actorLink(m), h('span', { class: 'kind' }, ` (${m.kind.toLowerCase()})`),
        m.title ? `, ${m.title}` : '', ' ',
        h('span', { class: 'count' }, plural(m.claims.totalCount, 'claim'))))));
}
