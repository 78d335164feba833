import { useQuery } from '@apollo/client/react';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { Box, Card, CardContent, Chip, Divider, IconButton, Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../apollo/sessionStore';
import { DetailRow } from '../../components/DetailRow';
import { RoleName } from '../../components/RoleName';
import { UserAvatar } from '../../components/UserAvatar';
import { MeDocument } from '../../graphql/generated/graphql';
import { EditNameDialog } from './EditNameDialog';
import { MailLanguageRow } from './MailLanguageRow';

/** Who the signed-in user is: name (editable), email, role, email language (editable), member since. */
export function ProfileCard({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(MeDocument);
  const [editingName, setEditingName] = useState(false);
  const me = data?.me;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  return (
    <Card data-testid="profile">
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Stack direction="row" spacing={{ xs: 1.5, sm: 2 }} sx={{ alignItems: 'center', mb: 2.5 }}>
          <UserAvatar name={user.displayName} seed={user.id} size={64} />
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }} data-testid="profile-name">
              {user.displayName}
            </Typography>
            <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Typography>
          </Box>
          <Tooltip title={t('account.profile.editName')}>
            <IconButton
              aria-label={t('account.profile.editName')}
              onClick={() => setEditingName(true)}
              sx={{ alignSelf: 'flex-start', mt: -0.5, mr: -1 }}
            >
              <EditOutlinedIcon />
            </IconButton>
          </Tooltip>
        </Stack>
        <Divider />
        <DetailRow
          label={t('account.profile.role')}
          value={<Chip size="small" color="primary" variant="outlined" label={<RoleName role={user.role} />} />}
        />
        <Divider />
        <MailLanguageRow locale={user.locale} />
        <Divider />
        <DetailRow
          label={t('account.profile.memberSince')}
          value={me ? dateFormat.format(new Date(me.createdAt)) : loading ? <Skeleton width={120} /> : '—'}
        />
      </CardContent>
      <EditNameDialog open={editingName} displayName={user.displayName} onClose={() => setEditingName(false)} />
    </Card>
  );
}
