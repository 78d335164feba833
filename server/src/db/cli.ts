import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { migrate, openOrm } from './orm.js';
import { seedDemoData } from './seeders/demo.seeder.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** `db:migrate`, `db:migration:create <name>`, `db:seed`, `db:reset`. */
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
        const result = await orm.migrator.create(migrationsDir, false, false, name);
        if (!result.fileName) {
          logger.info('no schema changes');
          break;
        }
        const index = join(migrationsDir, 'index.ts');
        const className = result.fileName.replace(/\.ts$/, '');
        const source = readFileSync(index, 'utf8');
        writeFileSync(
          index,
          `import { ${className} } from './${className}.js';\n${source.replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`)}`,
        );
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
