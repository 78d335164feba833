/**
 * A fresh idempotency key for a message. `crypto.randomUUID` needs a secure context (HTTPS or localhost);
 * on plain HTTP elsewhere random bytes do the same job.
 */
export function newClientMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
