import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { migrate, openOrm } from './orm.js';
import { seedDemoData } from './seeders/demo.seeder.js';

const migrationsRoot = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Rewrites migrations/<dialect>/index.ts from the migration files, oldest first (their names start with a timestamp). */
function writeMigrationIndex(migrationsDir: string): void {
  const names = readdirSync(migrationsDir)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    ...names.map((name) => `import { ${name} } from './${name}.js';`),
    '',
    `/** ${migrationsDir.endsWith('postgresql') ? 'PostgreSQL' : 'SQLite'} migrations in the order they run. Rewritten by \`npm run db:migration:create\`. */`,
    'export const migrationsList = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(join(migrationsDir, 'index.ts'), lines.join('\n'));
}

/**
 * `db:migrate`, `db:migration:create <name>`, `db:seed`, `db:reset`. `create` writes into the folder of the
 * dialect DATABASE_URL names: run it once on SQLite and once with a PostgreSQL DATABASE_URL (both ship).
 */
async function main(command: string | undefined, name?: string): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const orm = await openOrm(config);
  try {
    switch (command) {
      case 'migrate':
        await migrate(orm);
        break;
      case 'create': {
        const migrationsDir = join(migrationsRoot, config.database.kind);
        const result = await orm.migrator.create(migrationsDir, false, false, name);
        if (!result.fileName) {
          logger.info('no schema changes');
          break;
        }
        writeMigrationIndex(migrationsDir);
        logger.info({ file: result.fileName }, 'migration created');
        break;
      }
      case 'seed':
        await migrate(orm);
        await seedDemoData(orm.em.fork(), { password: config.demoPassword, logger });
        break;
      case 'reset':
        await orm.schema.drop();
        await orm.em.getConnection().execute('drop table if exists mikro_orm_migrations');
        if (config.database.kind === 'postgresql')
          await orm.em.getConnection().execute('drop table if exists search_messages, search_conversations');
        await migrate(orm);
        await seedDemoData(orm.em.fork(), { password: config.demoPassword, logger });
        break;
      default:
        throw new Error(`Unknown command "${command}": use migrate, create <name>, seed or reset`);
    }
  } finally {
    await orm.close();
  }
}

await main(process.argv[2], process.argv[3]);
