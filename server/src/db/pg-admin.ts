import { randomBytes } from 'node:crypto';

/** A database name safe to interpolate: lower-case letters, digits and underscores only. */
function checkedName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  return name;
}

/** Runs statements on a maintenance connection to the server at `url` (no entities, one connection). */
async function onServer(url: string, statements: string[]): Promise<void> {
  const { MikroORM } = await import('@mikro-orm/postgresql');
  const orm = await MikroORM.init({
    clientUrl: url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
    allowGlobalContext: true,
  });
  try {
    for (const statement of statements) await orm.em.getConnection().execute(statement);
  } finally {
    await orm.close(true);
  }
}

/** `url` with its database replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Creates a fresh, empty database on the PostgreSQL server of `adminUrl` (the role needs CREATEDB) and returns
 * its URL: one per test server, so parallel test files never share state.
 */
export async function createScratchDatabase(adminUrl: string, prefix = 'ics_test'): Promise<{ url: string; name: string }> {
  const name = checkedName(`${prefix}_${randomBytes(6).toString('hex')}`);
  await onServer(adminUrl, [`create database "${name}"`]);
  return { url: withDatabase(adminUrl, name), name };
}

/** Drops a database made by `createScratchDatabase`, closing whatever connections are left on it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, [`drop database if exists "${checkedName(name)}" with (force)`]);
}
