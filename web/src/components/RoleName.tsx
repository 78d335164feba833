import { useTranslation } from 'react-i18next';

/** A role's name, translated for the built-in roles and as stored for custom ones. */
export function RoleName({ role }: { role: { key: string; name: string } }) {
  const { t } = useTranslation();
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
