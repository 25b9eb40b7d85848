// Ingest: paste an article, give the ingest token, and watch its claims arrive (claimAdded).
import { graphql, subscribe, ApiError } from '../api.js';
import { h, heading, errorMessage, plural } from '../dom.js';
import { CLAIM_ITEM, claimItem } from '../claims.js';

const MUTATION = `
mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    created
    warnings
    article { id title claims(first: 0) { totalCount } }
  }
}`;

const CLAIM_ADDED = `
subscription ClaimAdded {
  claimAdded { ...ClaimItem }
}
${CLAIM_ITEM}`;

const ARTICLE_CLAIMS = `
query ArticleClaims($id: ID!) {
  claims(filter: { article: $id }, first: 200) { edges { node { ...ClaimItem } } }
}
${CLAIM_ITEM}`;

/** How long to wait for the WebSocket before ingesting without live updates. */
const LIVE_TIMEOUT_MS = 3000;

export async function render() {
  const result = h('div', { class: 'ingest-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'ingest-form', novalidate: true },
    field('ingest-title', 'Title', h('input', { id: 'ingest-title', name: 'title', type: 'text', autocomplete: 'off' }),
      'Optional: the first line of the body is used when empty.'),
    field('ingest-source', 'Source', h('input', { id: 'ingest-source', name: 'source', type: 'text', autocomplete: 'off' }),
      'Optional, e.g. the publisher.'),
    field('ingest-body', 'Body', h('textarea', { id: 'ingest-body', name: 'body', rows: '14', required: true }),
      'Plain text; a blank line ends a paragraph.'),
    field('ingest-token', 'Ingest token', h('input', {
      id: 'ingest-token', name: 'token', type: 'password', autocomplete: 'off', required: true,
    }), 'Sent as Authorization: Bearer; not stored.'),
    h('button', { type: 'submit', class: 'primary' }, 'Ingest article'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form, result);
  });
  return h('div', { class: 'view ingest' },
    heading('Ingest an article'),
    h('p', { class: 'lede' }, 'The article is parsed at once; its claims, actors and places join the graph.'),
    form, result);
}

function field(id, label, control, hint) {
  const hintId = `${id}-hint`;
  control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' },
    h('label', { for: id }, label), control, h('p', { class: 'hint', id: hintId }, hint));
}

async function submit(form, result) {
  const button = form.querySelector('button[type=submit]');
  const values = Object.fromEntries(new FormData(form));
  const input = { body: values.body };
  if (values.title.trim()) input.title = values.title.trim();
  if (values.source.trim()) input.source = values.source.trim();
  button.disabled = true;
  const claims = new Map();
  const list = h('ul', { class: 'claim-list live-claims', 'aria-label': 'Claims of the ingested article' });
  const show = (claim, arrived) => {
    if (claims.has(claim.id)) return;
    claims.set(claim.id, claim);
    const item = claimItem(claim);
    item.dataset.arrived = arrived;
    list.append(item);
  };
  const status = h('p', { class: 'loading', role: 'status' }, 'Ingesting… claims appear below as they are stored.');
  result.replaceChildren(status, list);
  const live = await listen((claim) => show(claim, 'live'));
  try {
    const { ingestArticle } = await graphql(MUTATION, { input }, { token: values.token });
    const id = ingestArticle.article.id;
    // Keep only this article's claims (others may be ingesting too), then add any the stream missed.
    for (const [claimId, claim] of claims) {
      if (claim.article.id !== id) {
        claims.delete(claimId);
        list.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`)?.remove();
      }
    }
    const stored = await graphql(ARTICLE_CLAIMS, { id });
    stored.claims.edges.forEach((e) => show(e.node, 'after'));
    result.replaceChildren(success(ingestArticle, live.note),
      h('h2', {}, `Claims (${claims.size})`), list);
    result.scrollIntoView({ block: 'start' });
  } catch (e) {
    const message = e instanceof ApiError ? e.message : String(e);
    result.replaceChildren(errorMessage(`The article was not ingested: ${message}`));
    result.scrollIntoView({ block: 'nearest' });
  } finally {
    live.close();
    button.disabled = false;
  }
}

/** Subscribes to claimAdded; ingest goes on without live updates if the WebSocket does not open in time. */
async function listen(onClaim) {
  const subscription = subscribe(CLAIM_ADDED, {}, (data) => onClaim(data.claimAdded));
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), LIVE_TIMEOUT_MS);
  });
  try {
    await Promise.race([subscription.ready, timeout]);
    return { close: subscription.close, note: null };
  } catch (e) {
    subscription.close();
    return { close: () => {}, note: 'Live updates were unavailable; the claims below were read after the ingest.' };
  } finally {
    clearTimeout(timer);
  }
}

function success({ created, warnings, article }, note) {
  const link = h('a', { href: `#/article/${encodeURIComponent(article.id)}`, class: 'ingested-article' }, article.title);
  return h('div', { class: 'success', role: 'status' },
    h('p', {}, created ? 'Stored ' : 'Already stored: ', link, ` with ${plural(article.claims.totalCount, 'claim')}.`),
    warnings.length > 0 ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, w))) : null,
    note ? h('p', { class: 'note' }, note) : null);
}
