// Whole answers to read queries, kept in memory as the bytes that were sent: a question asked
// again (a shared link, a view a user returns to, every analyst opening the same project) is
// answered without Neo4j and without serialising again. Apollo's own response-cache plugin
// stores the data and serialises it on every hit, which for a 500-node neighbourhood (about
// 600 KB) costs more than the rest of the hit; hence this small layer in front of Apollo.
//
// Identical requests that arrive while the first is still being answered wait for it rather
// than asking Neo4j the same thing again (a link shared in a meeting opens on many screens).
// Once an answer's TTL has passed, the next request for it asks Neo4j again while identical
// requests arriving meanwhile still get the previous answer, so an expiry costs one user one
// recomputation rather than everyone a wait.
//
// The key is the request body as received plus the graph's generation: a change committed
// through this process starts a new generation, so nobody is shown an answer older than a
// change made here. Changes from other processes (`npm run ingest` beside the server, another
// API instance on the same database) start one too: every `checkSeconds` the cache asks Neo4j
// for its change marker (Database.changeMarker, one trivial read) and a new marker means
// someone committed. The TTL is only the longest any answer is kept; a short one would make
// every popular answer be recomputed again and again while nothing changed.
//
// A large answer is kept twice: as sent, and gzipped once when stored. Browsers accept gzip,
// and a 500-node neighbourhood shrinks about sevenfold, so a hit costs the server, the network
// and the browser a seventh of the bytes, and nothing is compressed again per hit.
// graphql-endpoint.ts asks this cache before Apollo and sends what it keeps.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export interface ResponseCacheOptions {
  /** Memory for cached answers; 0 turns the cache off. */
  maxMb: number;
  /** The longest an answer is reused, whatever the change check says. */
  ttlSeconds: number;
  /** Seconds between two looks for changes made by other processes; 0 looks never. */
  checkSeconds: number;
  /** Milliseconds on a monotonic clock; tests pass their own to let the TTL run out. */
  clock?: { now(): number };
}

/** What a request's resolvers and the plugin tell the HTTP layer about its answer. */
export interface CacheDecision {
  /** Set by the plugin: a read that succeeded. */
  store: boolean;
  /** Set by a resolver whose answer must be fresh every time (the health check). */
  noStore: boolean;
}

/** A kept answer: what graphql-endpoint.ts sends for a repeated request. */
export interface Entry {
  body: Buffer;
  /** Null below COMPRESS_MIN_BYTES. */
  gzipped: Buffer | null;
  contentType: string;
  storedAt: number;
}

const gzipAsync = promisify(gzip);

/**
 * Answers smaller than this go uncompressed, kept or not (graphql-endpoint.ts, and the app's
 * compression middleware for everything else): a search answer of a few kilobytes would gain
 * a millisecond of transfer on a slow link and cost the server a compression per request.
 */
export const COMPRESS_MIN_BYTES = 8 * 1024;

/** Compresses off the event loop (zlib's thread pool). */
export function gzipped(bytes: Buffer): Promise<Buffer> {
  return gzipAsync(bytes);
}

export class ResponseCache {
  private generation = 0;
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly stopListening: () => void;
  private readonly clock: { now(): number };
  /** Keys being answered now: settles when that answer has been sent (or the request dropped). */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** What the change check asks and how often; null when there is no check. */
  private check: { db: Database; intervalMs: number } | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The graph's change marker at the last look (or this process's last write). */
  private lastMarker: string | null = null;
  private checking = false;

  constructor(
    db: Database,
    options: ResponseCacheOptions,
    private readonly logger: Logger,
  ) {
    this.clock = options.clock ?? performance;
    this.entries =
      options.maxMb === 0
        ? null
        : new LRUCache<string, Entry>({ maxSize: options.maxMb * 1024 * 1024, sizeCalculation: (entry) => entry.body.length + (entry.gzipped?.length ?? 0) || 1, ttl: options.ttlSeconds * 1000, perf: this.clock,
          // lru-cache otherwise reuses its reading of the clock for a millisecond, refreshed by a
          // timer: on a busy machine an expired answer was still served after its TTL.
          ttlResolution: 0 });
    if (!this.entries) {
      this.stopListening = () => {};
      return;
    }
    const unsubscribe = db.onCommittedWrite((marker) => {
      this.invalidate();
      // This write's own marker: the next check does not take it for another process's.
      this.lastMarker = marker;
    });
    this.stopListening = () => {
      unsubscribe();
      if (this.timer) clearInterval(this.timer);
    };
    if (options.checkSeconds > 0) this.check = { db, intervalMs: options.checkSeconds * 1000 };
  }

  /**
   * Takes the first look at the change marker, then looks every interval. Called when the
   * server starts, before it answers anything: the first answers stored are not cleared by a
   * first look a second later.
   */
  private async startChecking(): Promise<void> {
    if (!this.check) return;
    const { db, intervalMs } = this.check;
    await this.checkForChanges(db);
    this.timer = setInterval(() => void this.checkForChanges(db), intervalMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  /** A new generation: nothing stored so far is served again. */
  private invalidate(): void {
    this.generation += 1;
    this.entries?.clear();
  }

  /** Starts a new generation when another process committed since the last look. */
  private async checkForChanges(db: Database): Promise<void> {
    // An empty cache has nothing to lose (once there is a first marker to compare with); a
    // slow check is not stacked on.
    if (this.checking || (this.entries?.size === 0 && this.lastMarker !== null)) return;
    this.checking = true;
    try {
      // Any difference clears, the first look's too: what was stored before it (or while the
      // cache was empty and unchecked) may predate a change. At worst answers are recomputed
      // once more than needed; none outlives another process's change by more than an interval.
      const marker = await db.changeMarker();
      if (marker !== this.lastMarker) this.invalidate();
      this.lastMarker = marker;
    } catch (error) {
      // Answers stay until their TTL; the next check tries again.
      this.logger.warn({ err: error }, 'response cache: could not check the graph for changes');
    } finally {
      this.checking = false;
    }
  }

  /** The key of a request body; null when the cache is off. */
  keyOf(body: Buffer): string | null {
    return this.entries ? `${this.generation}:${createHash('sha256').update(body).digest('base64')}` : null;
  }

  /**
   * The answer to send for `key` without asking Neo4j, or null when this request must be
   * answered (and should call `answering`). A stale answer is sent while an identical request
   * renews it; a request identical to one in flight waits for that one's answer.
   */
  async find(key: string): Promise<Entry | null> {
    if (!this.entries) return null;
    const status: LRUCache.Status<string, Entry> = {};
    const cached = this.entries.get(key, { allowStale: true, noDeleteOnStaleGet: true, status });
    const pending = this.inFlight.get(key);
    if (cached && (status.get === 'hit' || pending)) return cached;
    if (!cached && pending) {
      await pending;
      // Not kept (an error, the health check): this request gets its own answer.
      return this.entries.get(key) ?? null;
    }
    return null;
  }

  /** Identical requests wait for this one (see `find`) until `res` closes. */
  answering(key: string, res: ServerResponse): void {
    if (this.inFlight.has(key)) return;
    const answered = new Promise<void>((resolve) => {
      res.once('close', () => {
        if (this.inFlight.get(key) === answered) this.inFlight.delete(key);
        resolve();
      });
    });
    this.inFlight.set(key, answered);
  }

  /**
   * Keeps `body` as the answer for `key`, with a gzipped copy when it is large. Stored before
   * it is sent, so the identical requests waiting for this one find it when they are let go.
   */
  async store(key: string, body: Buffer, contentType: string): Promise<Entry> {
    const entry: Entry = { body, gzipped: body.length >= COMPRESS_MIN_BYTES ? await gzipped(body) : null, contentType, storedAt: this.clock.now() };
    // A generation that ended while this was compressed is not stored into.
    if (key.startsWith(`${this.generation}:`)) this.entries?.set(key, entry);
    return entry;
  }

  /** Whole seconds since `entry` was stored, for the Age header. */
  ageOf(entry: Entry): number {
    return Math.floor((this.clock.now() - entry.storedAt) / 1000);
  }

  /** Apollo plugin: marks a successful query's answer for storing (never a mutation's); stops listening with the server. */
  readonly plugin: ApolloServerPlugin<{ cacheDecision: CacheDecision }> = {
    // Several apps may share one Database (tests do): a stopped one stops listening to it.
    serverWillStart: async () => {
      await this.startChecking();
      return { serverWillStop: async () => this.stopListening() };
    },
    requestDidStart: async () => STORE_SUCCESSFUL_QUERIES,
  };
}

// No per-request state: one listener serves every request.
const STORE_SUCCESSFUL_QUERIES: GraphQLRequestListener<{ cacheDecision: CacheDecision }> = {
  willSendResponse: async ({ operation, response, contextValue }) => {
    const ok = response.body.kind === 'single' && !response.body.singleResult.errors;
    if (operation?.operation === 'query' && ok) contextValue.cacheDecision.store = true;
  },
};
