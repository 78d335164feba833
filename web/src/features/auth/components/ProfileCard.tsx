import { useQuery } from '@apollo/client/react';
import { Box, Card, CardContent, Chip, Divider, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../apollo/sessionStore';
import { DetailRow } from '../../../components/DetailRow';
import { RoleName } from '../../../components/RoleName';
import { UserAvatar } from '../../../components/UserAvatar';
import { MeDocument } from '../../../graphql/generated/graphql';
import { LANGUAGES } from '../../../i18n';

/** Who the signed-in user is: name, email, role, account language, member since. */
export function ProfileCard({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(MeDocument);
  const me = data?.me;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2.5 }}>
          <UserAvatar name={user.displayName} seed={user.id} size={64} />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
              {user.displayName}
            </Typography>
            <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Typography>
          </Box>
        </Stack>
        <Divider />
        <DetailRow
          label={t('account.profile.role')}
          value={<Chip size="small" color="primary" variant="outlined" label={<RoleName role={user.role} />} />}
        />
        <Divider />
        <DetailRow label={t('account.profile.mailLanguage')} value={LANGUAGES.find((l) => l.code === user.locale)?.label ?? user.locale} />
        <Divider />
        <DetailRow
          label={t('account.profile.memberSince')}
          value={me ? dateFormat.format(new Date(me.createdAt)) : loading ? <Skeleton width={120} /> : '—'}
        />
      </CardContent>
    </Card>
  );
}
