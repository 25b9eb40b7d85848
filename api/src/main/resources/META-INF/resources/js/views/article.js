// Article reader: the body with each claim, figure, actor and place marked at its stored offsets.
import { graphql } from '../api.js';
import { h, heading, empty, plural, webHref } from '../dom.js';
import { actorLink, stanceWord } from '../claims.js';
import { placeHref, placeLink } from '../locations.js';

const QUERY = `
query Article($id: ID!) {
  article(id: $id) {
    id title source url publishedAt ingestedAt body
    claims(first: 200) {
      totalCount
      edges { node {
        id text kind stance when
        evidence { start end }
        speaker { id name }
        audience { id name }
      } }
    }
    quantities { id value unit approximate evidence { start end text } }
    actors { id name kind ...Mentions }
    locations { id name kind ...PlaceMentions }
  }
}

fragment Mentions on Actor {
  mentions(first: 200) { edges { node { evidence { start end article { id } } } } }
}

fragment PlaceMentions on Location {
  mentions(first: 200) { edges { node { evidence { start end article { id } } } } }
}`;

export async function render({ id, query }) {
  const { article } = await graphql(QUERY, { id });
  if (!article) {
    return h('div', { class: 'view' }, heading('Article not found'), empty(`No article has the id ${id}.`));
  }
  const claims = article.claims.edges.map((e) => e.node);
  const body = h('div', { class: 'article-body', id: 'article-body' },
    markBody(article.body, claims, innerSpans(article)));
  const node = h('article', { class: 'view article' },
    heading(article.title),
    h('p', { class: 'article-meta' },
      article.source ? `${article.source} · ` : '',
      article.publishedAt ? `published ${article.publishedAt.slice(0, 10)} · ` : '',
      plural(article.claims.totalCount, 'claim'),
      originalLink(article.url)),
    legend(),
    claims.length === 0 ? empty('No claims were found in this article.') : null,
    body,
    h('section', { class: 'named', 'aria-labelledby': 'named-actors' },
      h('h2', { id: 'named-actors' }, 'Actors named'),
      article.actors.length === 0 ? empty('No actors are named in this article.')
        : h('ul', { class: 'chips' }, article.actors.map((a) => h('li', {}, actorLink(a))))),
    h('section', { class: 'named', 'aria-labelledby': 'named-places' },
      h('h2', { id: 'named-places' }, 'Places named'),
      article.locations.length === 0 ? empty('No places are named in this article.')
        : h('ul', { class: 'chips' }, article.locations.map((l) => h('li', {}, placeLink(l))))));
  const focus = query.get('claim') ? body.querySelector(`[data-claim-id="${CSS.escape(query.get('claim'))}"] .claim-text`) : null;
  return { node, focus };
}

/** A link to where the article was first published, only for a web URL. */
function originalLink(url) {
  const href = webHref(url);
  return href ? [' · ', h('a', { href, rel: 'noopener noreferrer' }, 'original')] : null;
}

function legend() {
  return h('p', { class: 'legend' }, 'Claims are marked by stance: ',
    h('span', { class: 'claim stance-asserts' }, h('span', { class: 'claim-text' }, 'asserts')), ' ',
    h('span', { class: 'claim stance-denies' }, h('span', { class: 'claim-text' }, 'denies')), ' ',
    h('span', { class: 'claim stance-hedges' }, h('span', { class: 'claim-text' }, 'hedges')), '; ',
    h('mark', { class: 'figure' }, 'figures'), ' are outlined, ',
    h('span', { class: 'mention mention-actor' }, 'actors'), ' and ',
    h('span', { class: 'mention mention-place' }, 'places'), ' are links. ',
    'Hover, focus or click a claim for its speaker, audience and time.');
}

/** Figures, actor mentions and place mentions of this article, each with how to draw it. */
function innerSpans(article) {
  const spans = article.quantities.map((q) => ({
    start: q.evidence.start,
    end: q.evidence.end,
    draw: (text) => h('mark', { class: 'figure', title: `${q.approximate ? 'about ' : ''}${q.value} ${q.unit}` }, text),
  }));
  const mentionsHere = (named) => named.mentions.edges.map((e) => e.node.evidence)
    .filter((evidence) => evidence.article.id === article.id);
  for (const actor of article.actors) {
    for (const evidence of mentionsHere(actor)) {
      spans.push({ start: evidence.start, end: evidence.end,
        draw: (text) => h('a', { class: 'mention mention-actor', href: `#/actor/${encodeURIComponent(actor.id)}`,
          title: `${actor.name} (${actor.kind.toLowerCase()})` }, text) });
    }
  }
  for (const location of article.locations) {
    for (const evidence of mentionsHere(location)) {
      spans.push({ start: evidence.start, end: evidence.end,
        draw: (text) => h('a', { class: 'mention mention-place', href: placeHref(location),
          title: `${location.name} (${location.kind.toLowerCase()})` }, text) });
    }
  }
  return spans;
}

/**
 * The body as text nodes and marks. Claims are laid out in order; where one overlaps the one before,
 * it starts where that one ends, so every character is shown once. Figures and mentions are marked
 * only where they lie wholly inside one stretch of text, claim or not, and do not overlap one another.
 */
function markBody(text, claims, spans) {
  const sorted = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  const nodes = [];
  let position = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.evidence.start, position);
    const end = Math.min(claim.evidence.end, text.length);
    if (end <= start) continue;
    nodes.push(...markSpans(text, position, start, spans));
    nodes.push(claimMark(claim, markSpans(text, start, end, spans)));
    position = end;
  }
  nodes.push(...markSpans(text, position, text.length, spans));
  return nodes;
}

function markSpans(text, from, to, spans) {
  const inside = spans
    .filter((s) => s.start >= from && s.end <= to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let position = from;
  for (const span of inside) {
    if (span.start < position) continue; // inside or across the span before it
    nodes.push(text.slice(position, span.start));
    nodes.push(span.draw(text.slice(span.start, span.end)));
    position = span.end;
  }
  nodes.push(text.slice(position, to));
  return nodes;
}

function claimMark(claim, content) {
  const stance = stanceWord(claim.stance);
  const tipId = `claim-tip-${claim.id}`;
  const wrapper = h('span', { class: `claim stance-${stance}`, 'data-claim-id': claim.id, 'data-stance': stance },
    h('mark', { class: 'claim-text', tabindex: '0', 'aria-describedby': tipId }, content),
    h('span', { class: 'claim-tip', id: tipId, role: 'tooltip' },
      h('span', { class: `stance stance-${stance}` }, stance), ' ',
      h('span', { class: 'speaker' }, actorLink(claim.speaker)),
      claim.audience ? [' to ', h('span', { class: 'audience' }, claim.audience.name)] : null,
      claim.when ? [' · ', h('span', { class: 'when' }, claim.when)] : null,
      ' · ', claim.kind === 'DIRECT_QUOTE' ? 'direct quote' : 'reported speech'));
  // A click pins the details open (touch screens have no hover); Escape closes them.
  wrapper.querySelector('.claim-text').addEventListener('click', () => wrapper.classList.toggle('open'));
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      wrapper.classList.remove('open');
      wrapper.querySelector('.claim-text').blur();
    } else if (event.key === 'Enter' && event.target.classList.contains('claim-text')) {
      wrapper.classList.toggle('open');
    }
  });
  return wrapper;
}
