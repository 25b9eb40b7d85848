// GraphQL-over-HTTP conformance: runs the serverAudits of graphql-http against a running claimgraph API
// and prints one line per audit. Exits with 1 when a MUST audit fails, 2 when the API cannot be reached.
//
//   node audit.mjs http://localhost:8080/graphql      (or CLAIMGRAPH_GRAPHQL_URL=... node audit.mjs)
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.CLAIMGRAPH_GRAPHQL_URL ?? 'http://localhost:8080/graphql';

try {
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
} catch (e) {
  console.error(`cannot reach ${url}: ${e.cause?.message ?? e.message}`);
  process.exit(2);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  counts[result.status] += 1;
  const mark = { ok: 'ok   ', notice: 'NOTE ', warn: 'WARN ', error: 'FAIL ' }[result.status];
  console.log(`${mark} ${result.id} ${result.name}${result.status === 'ok' ? '' : `\n        ${result.reason}`}`);
}
console.log(`\n${counts.ok} ok, ${counts.error} MUST failed, ${counts.warn} SHOULD failed, ${counts.notice} MAY not met`);
process.exit(counts.error > 0 ? 1 : 0);
