import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseUnreachableError, MigrationFailedError } from './db/orm.js';
import { DEMO_ACCOUNTS } from './db/seeders/demo.seeder.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is already in use. Stop the other process or set PORT to a free port.`);
      process.exit(1);
    }
    if (error instanceof DatabaseUnreachableError || error instanceof MigrationFailedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  });
  logger.info({ url: app.url, database: config.database.kind, dataDir: config.dataDir }, 'server started');

  if (app.seed.seeded) {
    const lines = DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(9)} ${a.email}`);
    console.log(
      `\n  Demo data seeded. Sign in at ${config.publicUrl} with any of:\n${lines.join('\n')}\n  password: ${app.seed.password}\n`,
    );
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out, exiting');
      process.exit(1);
    }, 15_000);
    timer.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

await main();
