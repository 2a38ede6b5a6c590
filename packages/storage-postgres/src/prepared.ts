import type { ClientLike, QueryResultLike } from './pool-like';

// Statement texts get a number on first use in this process, clients a number on first sight.
const statementNumbers = new Map<string, number>();
const clientNumbers = new WeakMap<ClientLike, number>();
let clientsSeen = 0;
/** This process's part of every name: other processes' connections may share one backend too. */
const processTag = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(4)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');

const numberOf = (client: ClientLike): number => {
  let n = clientNumbers.get(client);
  if (n === undefined) {
    clientsSeen += 1;
    n = clientsSeen;
    clientNumbers.set(client, n);
  }
  return n;
};

/**
 * Run a hot statement as a named prepared statement, so each connection parses and plans it once.
 * The name is unique per text (texts carry the schema, so two stores never share a name), per
 * process and per client object: pglite-socket serves many connections, from any number of
 * processes, from one backend, where a name prepared by one connection would otherwise collide
 * with the next one's.
 */
export const runNamed = (client: ClientLike, text: string, values: unknown[]): Promise<QueryResultLike> => {
  let statement = statementNumbers.get(text);
  if (statement === undefined) {
    statement = statementNumbers.size;
    statementNumbers.set(text, statement);
  }
  return client.query({ name: `antrean_${statement}_${processTag}_${numberOf(client)}`, text, values });
};
