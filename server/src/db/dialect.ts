import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseKind } from '../config.js';

/** Which database an EntityManager talks to, for the few queries written once per dialect. */
export function dialectOf(em: EntityManager): DatabaseKind {
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'postgresql' : 'sqlite';
}
