// Ingest: paste an article, give the ingest token, and see what the graph made of it.
import { graphql, ApiError } from '../api.js';
import { h, heading, errorMessage, plural } from '../dom.js';

const MUTATION = `
mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    created
    warnings
    article { id title claims(first: 0) { totalCount } }
  }
}`;

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
  result.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Ingesting…'));
  try {
    const { ingestArticle } = await graphql(MUTATION, { input }, { token: values.token });
    result.replaceChildren(success(ingestArticle));
  } catch (e) {
    const message = e instanceof ApiError ? e.message : String(e);
    result.replaceChildren(errorMessage(`The article was not ingested: ${message}`));
  } finally {
    button.disabled = false;
  }
}

function success({ created, warnings, article }) {
  const link = h('a', { href: `#/article/${encodeURIComponent(article.id)}`, class: 'ingested-article' }, article.title);
  return h('div', { class: 'success', role: 'status' },
    h('p', {}, created ? 'Stored ' : 'Already stored: ', link, ` with ${plural(article.claims.totalCount, 'claim')}.`),
    warnings.length > 0 ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, w))) : null);
}
