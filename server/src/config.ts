import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  database: { kind: DatabaseKind; url: string; sqlitePath?: string };
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  publicUrl: string;
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  llm: { baseUrl?: string; apiKey?: string; model?: string };
  logLevel: string;
  demoPassword?: string;
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client address (rate limits, audit). */
  trustProxy: boolean | string | number;
  /** Seed the demo data on an empty database (on by default outside production). */
  seedDemo: boolean;
  webDist: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const here = dirname(fileURLToPath(import.meta.url));
/** server/src or server/dist: the repository root is two levels up either way. */
const repoRoot = resolve(here, '..', '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads every setting from the environment once, validates it and fills in the embedded defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';

  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer between 0 and 65535 (got "${env.PORT}")`);
  }

  const dataDir = resolve(env.DATA_DIR ?? join(repoRoot, 'data'));
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir, problems);

  if (production && !env.PUBLIC_URL) problems.push('PUBLIC_URL is required when NODE_ENV=production (links in mails point there)');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port || 4000}`).replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL (got "${env.PUBLIC_URL}")`);

  if (env.REDIS_URL && !/^rediss?:\/\//.test(env.REDIS_URL)) {
    problems.push('REDIS_URL must start with redis:// or rediss://');
  }
  if (env.SMTP_URL && !/^smtps?:\/\//.test(env.SMTP_URL)) {
    problems.push('SMTP_URL must start with smtp:// or smtps://');
  }
  if (env.LLM_BASE_URL && !isHttpUrl(env.LLM_BASE_URL)) {
    problems.push('LLM_BASE_URL must be an http(s) URL');
  }
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (production && !env.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production');
  if (env.DEMO_PASSWORD !== undefined && env.DEMO_PASSWORD.length < 8) {
    problems.push('DEMO_PASSWORD must be at least 8 characters long');
  }

  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: nodeEnv as Config['env'],
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    database,
    jwtSecret: env.JWT_SECRET ?? persistentSecret(dataDir),
    jwtIssuer: 'ics',
    jwtAudience: 'ics-api',
    publicUrl,
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Customer Service <no-reply@localhost>',
    llm: { baseUrl: env.LLM_BASE_URL, apiKey: env.LLM_API_KEY, model: env.LLM_MODEL },
    logLevel,
    demoPassword: env.DEMO_PASSWORD,
    trustProxy,
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !production,
    webDist: resolve(env.WEB_DIST ?? join(repoRoot, 'web', 'dist')),
  };
}

function parseDatabaseUrl(url: string | undefined, dataDir: string, problems: string[]): Config['database'] {
  if (!url) {
    return { kind: 'sqlite', url: 'sqlite:', sqlitePath: join(dataDir, 'ics.sqlite') };
  }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    return { kind: 'sqlite', url, sqlitePath: path ? resolve(path) : join(dataDir, 'ics.sqlite') };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgresql', url };
  problems.push('DATABASE_URL must start with sqlite: or postgres://');
  return { kind: 'sqlite', url };
}

/**
 * Off by default: X-Forwarded-For is believed only when told which proxies to trust (`true`, a hop count, or
 * addresses/subnets such as `loopback` or `10.0.0.0/8`), so clients cannot pick their own address.
 */
function parseTrustProxy(value: string | undefined, problems: string[]): boolean | string | number {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  if (/^[\w.:/,\s-]+$/.test(value)) return value;
  problems.push('TRUST_PROXY must be true, false, a hop count, or a list of addresses/subnets');
  return false;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Outside production a missing JWT_SECRET is generated once and kept in the data folder, so sessions survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
    throw new ConfigError([`${file} holds a secret shorter than 32 characters: delete it to generate a new one, or set JWT_SECRET`]);
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
