import type { TFunction } from 'i18next';
import type { ApiTokenFieldsFragment } from '../../graphql/generated/graphql';

export type ApiTokenStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: a revoked token stays revoked whatever its date. */
export function statusOf(token: Pick<ApiTokenFieldsFragment, 'revokedAt' | 'expiresAt'>, now = Date.now()): ApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** A permission key in words (`user:read` → "See users"); the key itself for one the web does not know. */
export function permissionLabel(t: TFunction, permission: string): string {
  const labels = t('permissions', { returnObjects: true }) as Record<string, string>;
  return labels[permission.replace(/:/g, '_')] ?? permission;
}

/** `YYYY-MM-DD` of a date on this browser's calendar, as a date input wants it. */
export function localDateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The end of a `YYYY-MM-DD` day on this browser's clock: a token "expiring on" a date works through that day. */
export function endOfLocalDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day, 23, 59, 59, 999);
}
