// Disputes: each proposition that some claims assert and others deny, both sides next to each other.
import { graphql } from '../api.js';
import { h, heading, empty } from '../dom.js';
import { CLAIM_ITEM, claimList } from '../claims.js';

/** Claims shown on each side of a dispute; a side with more says how many more. */
const CLAIMS_PER_SIDE = 20;

/** Dispute fields, for any document that also includes CLAIM_ITEM. */
export const DISPUTE_FIELDS = `
fragment DisputeFields on Dispute {
  id proposition predicate
  subject { id name }
  object { id name }
  assertions(first: ${CLAIMS_PER_SIDE}) { totalCount edges { node { ...ClaimItem } } }
  denials(first: ${CLAIMS_PER_SIDE}) { totalCount edges { node { ...ClaimItem } } }
  hedges(first: ${CLAIMS_PER_SIDE}) { totalCount edges { node { ...ClaimItem } } }
}`;

const QUERY = `
query Disputes {
  disputes(first: 100) { totalCount edges { node { ...DisputeFields } } }
}
${CLAIM_ITEM}
${DISPUTE_FIELDS}`;

export async function render() {
  const data = await graphql(QUERY);
  const disputes = data.disputes.edges.map((e) => e.node);
  return h('div', { class: 'view disputes' },
    heading(`Disputes (${data.disputes.totalCount})`),
    h('p', { class: 'lede' }, 'Propositions that some claims assert and others deny, across all articles.'),
    disputes.length === 0 ? empty('No disputes: no proposition is both asserted and denied in the stored articles.')
      : h('div', { class: 'dispute-list' }, disputes.map(disputeCard)));
}

export function disputeCard(dispute) {
  const headingId = `dispute-${dispute.id}`;
  return h('section', { class: 'dispute', 'data-dispute-id': dispute.id, 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'proposition' }, dispute.proposition),
    h('div', { class: 'sides' },
      h('div', { class: 'side side-asserts' },
        h('h3', {}, `Asserted by ${dispute.assertions.totalCount}`),
        claimList(claims(dispute.assertions), 'Nobody asserts it.'), more(dispute.assertions)),
      h('div', { class: 'side side-denies' },
        h('h3', {}, `Denied by ${dispute.denials.totalCount}`),
        claimList(claims(dispute.denials), 'Nobody denies it.'), more(dispute.denials))),
    dispute.hedges.totalCount > 0 ? h('div', { class: 'side side-hedges' },
      h('h3', {}, `Hedged by ${dispute.hedges.totalCount}`), claimList(claims(dispute.hedges), ''),
      more(dispute.hedges)) : null);
}

function claims(side) {
  return side.edges.map((e) => e.node);
}

/** "and 12 more" under a side with more claims than are shown. */
function more(side) {
  const hidden = side.totalCount - side.edges.length;
  return hidden > 0 ? h('p', { class: 'more' }, `and ${hidden} more`) : null;
}
