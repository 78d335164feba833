import { createHash, randomInt } from 'node:crypto';

/**
 * One-time recovery codes for someone who lost their authenticator: ten codes of ten characters (about 50 bits
 * each), shown once, stored only as SHA-256 hashes (long random codes need no slow hash), each usable once.
 */

/** No 0/O, 1/I/L: codes are read off paper and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Codes as shown: `ABCDE-FGHJK`. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** The stored form; typing is forgiving (case, spaces and dashes do not matter). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether the text looks like a recovery code at all (rather than a six-digit authenticator code). */
export function looksLikeRecoveryCode(code: string): boolean {
  const normalized = normalizeRecoveryCode(code);
  return normalized.length === 10 && [...normalized].every((char) => ALPHABET.includes(char));
}
