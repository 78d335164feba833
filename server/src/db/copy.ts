import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { copySqliteToPostgres } from './copy-database.js';
import { DatabaseUnreachableError } from './orm.js';

/**
 * `npm run db:copy -- --from data/ics.sqlite --to postgres://user:pass@host/db`: copies a SQLite desk into an
 * empty PostgreSQL database and checks every table's row count. Exits 1 when a count differs or the copy fails.
 */
const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
  console.error('Usage: npm run db:copy -- --from <sqlite file> --to postgres://user:password@host:5432/database');
  process.exit(64);
}
try {
  const { ok } = await copySqliteToPostgres(values.from, values.to, (line) => console.log(line));
  console.log(ok ? 'Copy complete: every table has the same row count.' : 'Copy finished, but some row counts differ (DIFF above).');
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof DatabaseUnreachableError ? error.message : `Copy failed: ${(error as Error).message}`);
  process.exit(1);
}
