import type { TFunction } from 'i18next';

/** The server's rule for keys (CreateRoleInput.key). */
export const ROLE_KEY_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const ROLE_NAME_MAX = 120;
export const ROLE_DESCRIPTION_MAX = 500;

/** A key suggested from the name while the key has not been typed: `Team leads` → `team-leads` (Latin letters only). */
export function suggestKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 32);
}

export function nameProblem(t: TFunction, name: string): string | null {
  if (!name.trim()) return t('adminConfig.roles.errors.nameRequired');
  return name.trim().length > ROLE_NAME_MAX ? t('adminConfig.roles.errors.nameLength') : null;
}

export function keyProblem(t: TFunction, key: string): string | null {
  return ROLE_KEY_PATTERN.test(key) ? null : t('adminConfig.roles.errors.keyFormat');
}

export function descriptionProblem(t: TFunction, description: string): string | null {
  return description.trim().length > ROLE_DESCRIPTION_MAX ? t('adminConfig.roles.errors.descriptionLength') : null;
}
