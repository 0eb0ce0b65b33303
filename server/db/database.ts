// The one way the app talks to Neo4j: statements by name from cypher/, parameters only,
// managed transactions (executeRead / executeWrite) so that a cluster routes reads and
// writes correctly and transient failures are retried by the driver.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { CypherCatalog } from './cypher.js';
import { translateDriverError } from './errors.js';
import { sendWithoutDelay } from './tcp-no-delay.js';
import { fromCypher, toCypherParams, type Params } from './values.js';

export type Row = Record<string, unknown>;

/** A transaction that runs catalog statements by name. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  uri: string;
  username: string;
  password?: string | undefined;
  database: string;
  /** Server-side limit for every read transaction: what an analyst's query may cost. */
  queryTimeoutMs: number;
  /** Server-side limit for write transactions (imports, curation); reads' limit when unset. */
  writeTimeoutMs?: number;
  logger: Logger;
  catalog?: CypherCatalog;
  /** How long connecting may take before the start fails. */
  connectTimeoutMs?: number;
}

/** Thrown when the server cannot be reached; names the URI so the fix is obvious. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

export class Database {
  private closed = false;
  private readonly writeListeners = new Set<(marker: string) => void>();

  private constructor(
    readonly driver: Driver,
    readonly catalog: CypherCatalog,
    private readonly options: DatabaseOptions,
  ) {}

  /** Connects and checks that the server answers, failing within `connectTimeoutMs`. */
  static async connect(options: DatabaseOptions): Promise<Database> {
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
    sendWithoutDelay();
    const driver = neo4j.driver(options.uri, auth, {
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs * 3,
      logging: { level: 'warn', logger: (level, message) => options.logger[level === 'error' ? 'error' : 'warn']({ source: 'neo4j-driver' }, message) },
    });
    try {
      await withTimeout(driver.verifyConnectivity({ database: options.database }), timeoutMs);
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatabaseUnreachableError(`cannot reach Neo4j at ${options.uri} (database '${options.database}'): ${reason}`);
    }
    return new Database(driver, options.catalog ?? CypherCatalog.load(), options);
  }

  get databaseName(): string {
    return this.options.database;
  }

  /** Runs a read statement in its own transaction. */
  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(name, params));
  }

  /** Runs a write statement in its own transaction. */
  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  /** Several reads in one transaction. */
  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('read', work);
  }

  /** Several writes in one transaction: all of them happen, or none. */
  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('write', work);
  }

  /**
   * Calls `listener` after every write transaction of this Database that committed a change
   * (not after one that changed nothing or rolled back), with the change marker the graph has
   * right after it (see changeMarker); returns the unsubscribe function. Caches of what the
   * graph answered listen, so they never outlive this process's writes.
   */
  onCommittedWrite(listener: (marker: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /**
   * A marker of the graph's state: the bookmark Neo4j returns for a read, which names the last
   * transaction committed to the database, by this process or any other. Two equal markers
   * mean nothing was committed in between, so a cache can notice another process's changes by
   * asking now and then. (On a cluster, members at different points give different markers: a
   * cache then clears more often than needed.)
   */
  async changeMarker(): Promise<string> {
    const name = 'health/change-marker';
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(this.catalog.get(name).text), { timeout: this.options.queryTimeoutMs });
      return session.lastBookmarks().join(' ');
    } catch (error) {
      throw translateDriverError(error, { query: name, mode: 'read', logger: this.options.logger });
    } finally {
      await session.close();
    }
  }

  /**
   * Applies cypher/schema.cypher (every statement in it is idempotent: IF NOT EXISTS) and
   * stores the derived properties that graphs imported by earlier versions lack.
   */
  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    let current = 'schema';
    try {
      // Schema commands cannot share a transaction with each other, hence one each.
      for (const statement of this.catalog.script('schema')) await session.executeWrite((tx) => tx.run(statement));
      await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(300)'));
      // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
      current = 'admin/backfill-fact-years';
      await session.run(this.catalog.get(current).text);
    } catch (error) {
      throw translateDriverError(error, { query: current, mode: 'write', logger: this.options.logger });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async transaction<T>(mode: 'read' | 'write', work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('the database is closed; call Database.connect() again');
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
    let current = '';
    let changed = false;
    const unit = async (tx: ManagedTransaction): Promise<T> =>
      work({
        run: async (name, params = {}) => {
          current = name;
          const result = await tx.run(this.catalog.get(name).text, toCypherParams(params));
          if (mode === 'write' && result.summary.counters.containsUpdates()) changed = true;
          return result.records.map((record) => Object.fromEntries(record.keys.map((key) => [key, fromCypher(record.get(key))])) as Row);
        },
      });
    try {
      // Writes come from imports and token holders and may rightly take longer on a busy
      // machine than an analyst's read; a timeout rolls them back whole.
      const config = { timeout: mode === 'read' ? this.options.queryTimeoutMs : (this.options.writeTimeoutMs ?? this.options.queryTimeoutMs) };
      if (mode === 'read') return await session.executeRead(unit, config);
      const outcome = await session.executeWrite(unit, config);
      if (changed) {
        const marker = session.lastBookmarks().join(' ');
        for (const listener of this.writeListeners) listener(marker);
      }
      return outcome;
    } catch (error) {
      throw translateDriverError(error, { query: current, mode, logger: this.options.logger });
    } finally {
      await session.close();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
