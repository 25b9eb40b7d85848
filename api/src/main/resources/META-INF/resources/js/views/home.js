// Home: what the graph holds at a glance: articles, the most quoted actors, districts.
import { graphql } from '../api.js';
import { h, heading, empty, plural } from '../dom.js';

const QUERY = `
query Home {
  articles(first: 200) {
    totalCount
    edges { node { id title source publishedAt ingestedAt claims(first: 0) { totalCount } } }
  }
  actors(first: 200) {
    totalCount
    edges { node { id name kind claims(first: 0) { totalCount } } }
  }
  districts(first: 50) {
    totalCount
    edges { node { id name province { name } claims(first: 0) { totalCount } } }
  }
}`;

const TOP_ACTORS = 10;

export async function render() {
  const data = await graphql(QUERY);
  // The API lists articles oldest first; the newest are the interesting ones.
  const articles = data.articles.edges.map((e) => e.node).reverse();
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
      articles.length === 0 ? empty('No articles are stored yet. Ingest one to start the graph.')
        : h('ul', { class: 'article-list' }, articles.map(articleItem))),
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
            h('span', { class: 'count' }, plural(d.claims.totalCount, 'claim'))))))));
}

function articleItem(article) {
  const when = article.publishedAt || article.ingestedAt;
  return h('li', { class: 'article-item' },
    h('a', { href: `#/article/${encodeURIComponent(article.id)}` }, article.title), ' ',
    h('span', { class: 'count' }, plural(article.claims.totalCount, 'claim')),
    article.source ? h('span', { class: 'source' }, ` · ${article.source}`) : null,
    when ? h('span', { class: 'date' }, ` · ${when.slice(0, 10)}`) : null);
}
