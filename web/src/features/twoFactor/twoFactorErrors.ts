import type { TFunction } from 'i18next';
import type { ApiError } from '../../apollo/errors';

/** How two-factor answers read: CONFLICT is a factor changed meanwhile, FORBIDDEN the desk requiring it. */
export function twoFactorErrorOverrides(t: TFunction): Partial<Record<ApiError['code'], string>> {
  return { CONFLICT: t('twoFactor.errors.conflict'), FORBIDDEN: t('twoFactor.errors.required') };
}
