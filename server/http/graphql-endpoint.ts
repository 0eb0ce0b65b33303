// /graphql on Node's HTTP server directly, ahead of Express: reads the body, answers repeated
// queries from the response cache, hands the rest to Apollo and sends what it returns, gzipped
// when large. An API request is most of what this server does, and Express's router, body
// parser and compression middleware cost about as much per small answer as Apollo itself
// (measured with bench:api); the console and the client's files still go through Express.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import Negotiator from 'negotiator';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { COMPRESS_MIN_BYTES, gzipped, type CacheDecision, type Entry, type ResponseCache } from './response-cache.js';

/** Requests whose body is larger are refused (413) before any of it is parsed. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<GraphQLContext>;
  cache: ResponseCache;
  logger: Logger;
  /** The GraphQL context of one request; `decision` is what the cache learns from it. */
  context: (req: IncomingMessage, decision: CacheDecision) => GraphQLContext;
}

/** True for the URLs this endpoint answers. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0]!;
  return path === '/graphql' || path === '/graphql/';
}

/** A refusal before Apollo sees the request, in GraphQL's error shape. */
class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The handler for /graphql requests. */
export function graphqlEndpoint(options: GraphqlEndpointOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { apollo, cache, logger } = options;

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const key = req.method === 'POST' && raw.length > 0 ? cache.keyOf(raw) : null;
    if (key) {
      const kept = await cache.find(key);
      if (kept) return send(req, res, 200, kept, cache.ageOf(kept));
      cache.answering(key, res);
    }
    const decision: CacheDecision = { store: false, noStore: false };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: searchOf(req.url), body: parseBody(req, raw) },
      context: async () => options.context(req, decision),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    const status = response.status ?? 200;
    if (response.body.kind === 'chunked') {
      // Incremental delivery (@defer): written as it comes, never kept.
      res.statusCode = status;
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const body = Buffer.from(response.body.string);
    const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';
    if (key && status === 200 && decision.store && !decision.noStore) return send(req, res, status, await cache.store(key, body, contentType));
    return send(req, res, status, { body, gzipped: null, contentType, storedAt: 0 });
  };

  return async (req, res) => {
    try {
      await answer(req, res);
    } catch (error) {
      if (error instanceof RequestRefused) return refuse(res, error);
      logger.error({ err: error, method: req.method, url: req.url }, 'graphql endpoint: request failed');
      // Past the headers (a chunked answer) all that is left is to cut the connection.
      if (!res.headersSent) refuse(res, new RequestRefused(500, 'INTERNAL_SERVER_ERROR', 'the server could not answer this request; see its log'));
      else res.destroy();
    }
  };
}

/** The body's bytes, refused with 413 past MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = () => new RequestRefused(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/**
 * A JSON body parsed; anything else left for Apollo to refuse with its own message (it names
 * the content types it takes). Invalid JSON is refused here, with the parser's reason.
 */
function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (raw.length === 0 || !(type === 'application/json' || type.endsWith('+json'))) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (error) {
    throw new RequestRefused(400, 'BAD_REQUEST', `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function searchOf(url: string | undefined): string {
  const at = url?.indexOf('?') ?? -1;
  return at < 0 ? '' : url!.slice(at);
}

/**
 * Sends `entry` (a kept answer, or one just made), gzipped when it is large and the client
 * takes gzip; `age` only for an answer from memory.
 */
async function send(req: IncomingMessage, res: ServerResponse, status: number, entry: Entry, age?: number): Promise<void> {
  const large = entry.body.length >= COMPRESS_MIN_BYTES;
  const gzip = large && acceptsGzip(req);
  // Compressed before any header is set, so a failure still gets a proper 500.
  const bytes = gzip ? (entry.gzipped ?? (await gzipped(entry.body))) : entry.body;
  res.statusCode = status;
  res.setHeader('content-type', entry.contentType);
  if (age !== undefined) res.setHeader('age', String(age));
  if (large) res.setHeader('vary', 'Accept-Encoding');
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip';
}

function refuse(res: ServerResponse, refusal: RequestRefused): void {
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  res.statusCode = refusal.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
