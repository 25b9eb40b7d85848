// Home: what the graph holds at a glance: the newest articles, the most quoted actors, districts.
import { graphql, ApiError } from '../api.js';
import { h, heading, empty, plural, errorMessage } from '../dom.js';

/** Articles per page, newest first; "Show older articles" adds the next page. */
const ARTICLES_PER_PAGE = 50;

const ARTICLE_ROW = `
fragment ArticleRow on Article { id title source publishedAt ingestedAt claims(first: 0) { totalCount } }`;

/** Older articles, the page after the cursor in newest-first order. */
const OLDER = `
query OlderArticles($after: String) {
  articles(first: ${ARTICLES_PER_PAGE}, after: $after, order: NEWEST_FIRST) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ...ArticleRow } }
  }
}
${ARTICLE_ROW}`;

const QUERY = `
query Home {
  articles(first: ${ARTICLES_PER_PAGE}, order: NEWEST_FIRST) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ...ArticleRow } }
  }
  actors(first: 200) {
    totalCount
    edges { node { id name kind claims(first: 0) { totalCount } } }
  }
  districts(first: 50) {
    totalCount
    edges { node { id name province { name } claims(first: 0) { totalCount } } }
  }
}
${ARTICLE_ROW}`;

const TOP_ACTORS = 10;

export async function render() {
  const data = await graphql(QUERY);
  const actors = data.actors.edges.map((e) => e.node)
    .filter((a) => a.claims.totalCount > 0)
    .sort((a, b) => b.claims.totalCount - a.claims.totalCount || a.name.localeCompare(b.name))
    .slice(0, TOP_ACTORS);
  const districts = data.districts.edges.map((e) => e.node);
  return h('div', { class: 'view home' },
    heading('Claim explorer'),
    h('p', { class: 'lede' }, 'Who said what, about whom, and where, with every claim linked to the words it came from.'),
    h('section', { 'aria-labelledby': 'articles-heading' },
      h('h2', { id: 'articles-heading' }, `Articles (${data.articles.totalCount})`),
      articleList(data.articles)),
    h('div', { class: 'columns' },
      h('section', { 'aria-labelledby': 'actors-heading' },
        h('h2', { id: 'actors-heading' }, 'Most quoted actors'),
        actors.length === 0 ? empty('No actor has made a claim yet.')
          : h('ol', { class: 'actor-ranking' }, actors.map((a) => h('li', {},
            h('a', { href: `#/actor/${encodeURIComponent(a.id)}` }, a.name), ' ',
            h('span', { class: 'count' }, plural(a.claims.totalCount, 'claim')))))),
      h('section', { 'aria-labelledby': 'districts-heading' },
        h('h2', { id: 'districts-heading' }, `Districts (${data.districts.totalCount})`),
        districts.length === 0 ? empty('No districts are named in the stored articles.')
          : h('ul', { class: 'district-list' }, districts.map((d) => h('li', {},
            h('a', { href: `#/district/${encodeURIComponent(d.id)}` }, d.name),
            d.province ? `, ${d.province.name}` : '', ' ',
            h('span', { class: 'count' }, plural(d.claims.totalCount, 'claim'))))),
        h('p', {}, h('a', { href: '#/places' }, 'All places, country by country')))));
}

/** The newest articles first, and a button that adds the next older page below them. */
function articleList(first) {
  if (first.edges.length === 0) return empty('No articles are stored yet. Ingest one to start the graph.');
  const list = h('ul', { class: 'article-list', id: 'article-list' });
  const status = h('p', { class: 'count', role: 'status' });
  const more = h('button', { type: 'button', class: 'more-articles', 'aria-controls': 'article-list' }, 'Show older articles');
  const problem = h('div', { class: 'more-problem' });
  let page = first;
  const add = (connection) => {
    page = connection;
    list.append(...connection.edges.map((e) => articleItem(e.node)));
    status.textContent = `Showing ${list.children.length} of ${plural(connection.totalCount, 'article')}, newest first.`;
    more.hidden = !connection.pageInfo.hasNextPage;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    more.textContent = 'Loading older articles…';
    problem.replaceChildren();
    const shown = list.children.length;
    try {
      add((await graphql(OLDER, { after: page.pageInfo.endCursor })).articles);
      list.children[shown]?.querySelector('a')?.focus();
    } catch (e) {
      const text = e instanceof ApiError && e.kind === 'unreachable' ? e.message
        : `Older articles could not be loaded: ${e.message}`;
      problem.replaceChildren(errorMessage(text));
    } finally {
      more.disabled = false;
      more.textContent = 'Show older articles';
    }
  });
  add(first);
  return [list, status, more, problem];
}

function articleItem(article) {
  const when = article.publishedAt || article.ingestedAt;
  return h('li', { class: 'article-item' },
    h('a', { href: `#/article/${encodeURIComponent(article.id)}` }, article.title), ' ',
    h('span', { class: 'count' }, plural(article.claims.totalCount, 'claim')),
    article.source ? h('span', { class: 'source' }, ` · ${article.source}`) : null,
    when ? h('span', { class: 'date' }, ` · ${when.slice(0, 10)}`) : null);
}
