// How a claim looks wherever it is listed: its words, stance, speaker and a link to its evidence.
import { h, empty } from './dom.js';

/** The claim fields every list asks for; append to a document that uses ...ClaimItem. */
export const CLAIM_ITEM = `
fragment ClaimItem on Claim {
  id text kind stance when
  speaker { id name }
  audience { id name }
  article { id title }
}`;

const STANCE_WORDS = { ASSERTS: 'asserts', DENIES: 'denies', HEDGES: 'hedges' };

export function stanceWord(stance) {
  return STANCE_WORDS[stance] || String(stance).toLowerCase();
}

export function stanceBadge(stance) {
  return h('span', { class: `stance stance-${stanceWord(stance)}` }, stanceWord(stance));
}

export function actorLink(actor) {
  return actor ? h('a', { href: `#/actor/${encodeURIComponent(actor.id)}`, class: 'actor-link' }, actor.name)
    : h('span', { class: 'unknown' }, 'unknown speaker');
}

/** A link to the claim's words inside its article. */
export function evidenceLink(claim) {
  return h('a', {
    href: `#/article/${encodeURIComponent(claim.article.id)}?claim=${encodeURIComponent(claim.id)}`,
    class: 'evidence-link',
    title: claim.article.title,
  }, 'in context');
}

/** One claim as a list item: quote, stance, who said it, to whom, when, and where to read it. */
export function claimItem(claim, { showSpeaker = true } = {}) {
  return h('li', { class: 'claim-item', 'data-claim-id': claim.id },
    h('blockquote', { class: `quote stance-border-${stanceWord(claim.stance)}` }, claim.text),
    h('p', { class: 'claim-meta' },
      stanceBadge(claim.stance), ' ',
      showSpeaker ? [h('span', { class: 'speaker' }, actorLink(claim.speaker)), ' '] : null,
      claim.audience ? [`to ${claim.audience.name} `] : null,
      claim.when ? [`(${claim.when}) `] : null,
      '· ', evidenceLink(claim)));
}

/** A list of claims, or a sentence saying there are none. */
export function claimList(claims, emptyText, options) {
  if (claims.length === 0) return empty(emptyText);
  return h('ul', { class: 'claim-list' }, claims.map((c) => claimItem(c, options)));
}
