import { Box, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ApiTokensCard } from '../../apiTokens/ApiTokensCard';
import { ProfileCard } from '../../profile/ProfileCard';
import { TwoFactorCard } from '../../twoFactor/TwoFactorCard';
import { hasPermission } from '../access';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { InterfaceLanguageCard } from '../components/InterfaceLanguageCard';
import { useAuth } from '../hooks/useAuth';

/** `/account`: profile, interface language, API tokens (for roles that may have them), two-factor sign-in and password. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle')} />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 5fr) minmax(0, 7fr)' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={3}>
          <ProfileCard user={user} />
          <InterfaceLanguageCard mailLocale={user.locale} />
        </Stack>
        <Stack spacing={3}>
          {hasPermission(user, 'apitoken:manage') && <ApiTokensCard permissions={user.role.permissions} />}
          <TwoFactorCard account={user.email} />
          <ChangePasswordForm user={user} />
        </Stack>
      </Box>
    </>
  );
}
