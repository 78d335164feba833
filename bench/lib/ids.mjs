// Ids as the server makes them, for rows written in bulk.
import { randomFillSync } from 'node:crypto';

/** Random bytes in bulk: one crypto call per 4,096 ids instead of one per id. */
const pool = Buffer.alloc(16 * 4096);
let poolAt = pool.length;

/** A UUIDv7 (what the server's ids are) for a given time, so ids sort like the rows' creation times. */
export function uuidv7(ms) {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const bytes = pool.subarray(poolAt, poolAt + 16);
  poolAt += 16;
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
