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

/**
 * Subscribes over the graphql-transport-ws protocol on the same /graphql endpoint and calls onData
 * with each event's `data`. `ready` resolves once the subscription has been sent; events sent before
 * the server registers the subscriber are replayed only to a document that passes claimAdded's `since`,
 * so a page that does not should still read the final state with a query.
 */
export function subscribe(document, variables, onData) {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let socket;
  const ready = new Promise((resolve, reject) => {
    const unreachable = () => reject(new ApiError('unreachable', 'Live updates are unavailable: the WebSocket to the API failed.'));
    try {
      socket = new WebSocket(url, 'graphql-transport-ws');
    } catch (e) {
      unreachable();
      return;
    }
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: document, variables } }));
        resolve();
      } else if (message.type === 'next' && message.payload?.data) {
        onData(message.payload.data);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    });
    socket.addEventListener('error', unreachable);
    socket.addEventListener('close', unreachable); // no effect once resolved
  });
  return { ready, close: () => socket?.close() };
}
