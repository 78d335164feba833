import type { TFunction } from 'i18next';

/** A role's name as text (RoleName is the component): translated for the built-in roles, as stored for custom ones. */
export function roleLabel(t: TFunction, role: { key: string; name: string }): string {
  switch (role.key) {
    case 'admin':
      return t('roles.admin');
    case 'agent':
      return t('roles.agent');
    case 'customer':
      return t('roles.customer');
    default:
      return role.name;
  }
}
