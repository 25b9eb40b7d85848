// The page's only way to the graph: POST a GraphQL document to the app's public /graphql endpoint.

/** Where the page sends its queries: the /graphql of the app that served it. */
export const ENDPOINT = new URL('/graphql', window.location.href).toString();

/** A request that did not give data: the API could not be reached, answered badly, or answered with errors. */
export class ApiError extends Error {
  /**
   * @param {'unreachable'|'http'|'graphql'} kind what went wrong
   * @param {string} message a sentence for the user
   * @param {string|undefined} code the error's extensions.code, e.g. UNAUTHORIZED
   */
  constructor(kind, message, code) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.code = code;
  }
}

/**
 * Runs a query or mutation and resolves to its `data`; rejects with an ApiError otherwise.
 * @param {string} document the GraphQL document
 * @param {object} [variables]
 * @param {{token?: string}} [options] token: sent as `Authorization: Bearer <token>`
 */
export async function graphql(document, variables = {}, options = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options.token !== undefined) {
    headers.Authorization = `Bearer ${options.token}`;
  }
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document, variables }),
    });
  } catch (e) {
    throw new ApiError('unreachable',
      'The claimgraph API cannot be reached. Check that the app is running and try again.');
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError('http', `The API answered HTTP ${response.status} without a GraphQL result.`);
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const first = body.errors[0];
    throw new ApiError('graphql', first.message || 'The API answered with an error.', first.extensions?.code);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError('http', `The API answered HTTP ${response.status} without data.`);
  }
  return body.data;
}
