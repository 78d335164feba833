import { useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconTile } from '../../components/IconTile';
import { type ApiTokenFieldsFragment, ApiTokensDocument } from '../../graphql/generated/graphql';
import { AccountCard } from '../auth/components/AccountCard';
import { ApiTokenList } from './ApiTokenList';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';
import { RevokeApiTokenDialog } from './RevokeApiTokenDialog';

/** `/account` → API tokens: the viewer's tokens, creating one (its secret shown once) and revoking. */
export function ApiTokensCard({ permissions }: { permissions: readonly string[] }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const tokens = data?.apiTokens;

  let content: ReactNode;
  if (tokens && tokens.length > 0) content = <ApiTokenList tokens={tokens} onRevoke={setRevoking} />;
  else if (tokens) content = <EmptyTokens />;
  else if (loading)
    content = (
      <Stack spacing={1.5} aria-busy="true">
        <Skeleton variant="rounded" height={92} />
        <Skeleton variant="rounded" height={92} />
      </Stack>
    );
  else if (error)
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {t('apiTokens.loadError')}
      </Alert>
    );

  return (
    <AccountCard
      title={t('apiTokens.title')}
      description={t('apiTokens.description')}
      data-testid="api-tokens"
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('apiTokens.create')}
        </Button>
      }
    >
      {content}
      <CreateApiTokenDialog open={creating} permissions={permissions} onClose={() => setCreating(false)} />
      <RevokeApiTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </AccountCard>
  );
}

function EmptyTokens() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        p: 2,
        borderRadius: '14px',
        border: '1px dashed',
        borderColor: 'divider',
      }}
    >
      <IconTile size={44} radius={14} iconSize={24}>
        <KeyOutlinedIcon />
      </IconTile>
      <Typography color="text.secondary">{t('apiTokens.empty')}</Typography>
    </Box>
  );
}
