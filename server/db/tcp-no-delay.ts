// neo4j-driver writes each Bolt message in 1,400-byte chunks and leaves Nagle's algorithm on
// for its sockets. A message longer than one chunk (a statement with its comments, a frontier
// of 500 element ids, an import batch) then waits for the server's delayed ACK before its
// second chunk leaves: about 40 ms per statement, on every statement, even on localhost.
// The driver has no option for TCP_NODELAY, so it is set on every client socket the process
// opens, as Node's own HTTP client does already; the process's other TCP clients (none today)
// lose nothing by sending without delay.
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

let enabled = false;

const noDelay = (message: unknown): void => {
  (message as { socket: Socket }).socket.setNoDelay(true);
};

/** Turns Nagle's algorithm off for the client sockets opened from now on (idempotent). */
export function sendWithoutDelay(): void {
  if (enabled) return;
  enabled = true;
  diagnostics.subscribe('net.client.socket', noDelay);
}
