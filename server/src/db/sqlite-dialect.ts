import type { Configuration } from '@mikro-orm/core';
import { AbstractSqlDriver, SqlitePlatform } from '@mikro-orm/sql';
import { SqliteConnection as MikroSqliteConnection, MikroORM as SqliteMikroORM } from '@mikro-orm/sqlite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

/**
 * How the server talks to SQLite: one better-sqlite3 connection, handed out fairly, with its statements kept.
 *
 * Kysely guards SQLite's single connection with a mutex that wakes every waiter on each release and lets a
 * newcomer take the connection ahead of them. Under a few dozen concurrent requests that starved some of them
 * for seconds (one inbox request in a hundred waited ten). Here waiters are served in arrival order, each
 * release wakes exactly one, and a request's queries run without re-parsing their SQL every time.
 */
export class FairSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.config);
  }

  override createAdapter(): SqliteAdapter {
    return new SelfLockingAdapter();
  }
}

/** Tells Kysely not to add its own mutex: the driver below queues callers itself. */
class SelfLockingAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/** First come, first served; a release hands the lock straight to the next waiter, so nobody can cut in. */
class FairLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  async acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

type Database = Awaited<ReturnType<Extract<SqliteDialectConfig['database'], (...args: never[]) => unknown>>>;

class FairSqliteDriver implements Driver {
  private readonly lock = new FairLock();
  private database?: Database;
  private connection?: CachingSqliteConnection;

  constructor(private readonly config: SqliteDialectConfig) {}

  async init(): Promise<void> {
    this.database = typeof this.config.database === 'function' ? await this.config.database() : this.config.database;
    this.connection = new CachingSqliteConnection(this.database);
    await this.config.onCreateConnection?.(this.connection);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.connection as CachingSqliteConnection;
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteName(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteName(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteName(name)}`));
  }

  async destroy(): Promise<void> {
    this.database?.close();
  }
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Prepared statements kept by their SQL (an application issues a few hundred distinct ones). */
const STATEMENT_CACHE_SIZE = 500;

class CachingSqliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(private readonly database: Database) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.prepared(compiledQuery.sql);
    const parameters = compiledQuery.parameters;
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      insertId: lastInsertRowid === undefined || lastInsertRowid === null ? undefined : BigInt(lastInsertRowid),
      numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
      rows: [],
    };
  }

  /** A fresh statement: a cached one could be in use by another iteration. */
  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.database.prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters)) yield { rows: [row as R] };
  }

  private prepared(sql: string): SqliteStatement {
    let statement = this.statements.get(sql);
    if (statement) {
      // Least recently used goes first: move this one to the end.
      this.statements.delete(sql);
    } else {
      statement = this.database.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value as string);
    }
    this.statements.set(sql, statement);
    return statement;
  }
}

/** MikroORM's better-sqlite3 connection, speaking through the dialect above. */
class FairSqliteConnection extends MikroSqliteConnection {
  override createKyselyDialect(options: Record<string, unknown>): SqliteDialect {
    super.createKyselyDialect(options); // opens `this.database`, which getNativeClient() hands out
    return new FairSqliteDialect({
      database: (this as unknown as { database: Database }).database,
      onCreateConnection: (this.options.onCreateConnection ??
        this.config.get('onCreateConnection')) as SqliteDialectConfig['onCreateConnection'],
    });
  }
}

/** MikroORM's SQLite driver (as `@mikro-orm/sqlite` builds it) with the connection above: the `driver` option. */
export class FairSqliteMikroDriver extends AbstractSqlDriver {
  constructor(config: Configuration) {
    super(config, new SqlitePlatform(), FairSqliteConnection, ['kysely', 'better-sqlite3']);
  }

  override getORMClass() {
    return SqliteMikroORM;
  }
}
