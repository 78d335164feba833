import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../graphql/generated/graphql';
import { type ApiTokenStatus, permissionLabel, statusOf } from './apiTokenModel';

const STATUS_CHIP: Record<ApiTokenStatus, { color: 'success' | 'warning' | 'default' }> = {
  active: { color: 'success' },
  expired: { color: 'warning' },
  revoked: { color: 'default' },
};

interface ApiTokenListProps {
  tokens: readonly ApiTokenFieldsFragment[];
  onRevoke(token: ApiTokenFieldsFragment): void;
}

/** The viewer's tokens, newest first: what each may do, when it was used, and whether it still works. */
export function ApiTokenList({ tokens, onRevoke }: ApiTokenListProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const format = (value: string, withTime = false) => (withTime ? dateTime : date).format(new Date(value));

  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('apiTokens.title')}>
      {tokens.map((token) => {
        const status = statusOf(token);
        const facts = [
          t('apiTokens.created', { date: format(token.createdAt) }),
          token.lastUsedAt ? t('apiTokens.lastUsed', { date: format(token.lastUsedAt, true) }) : t('apiTokens.neverUsed'),
          status === 'revoked' && token.revokedAt
            ? t('apiTokens.revoked', { date: format(token.revokedAt) })
            : token.expiresAt
              ? t(status === 'expired' ? 'apiTokens.expired' : 'apiTokens.expires', { date: format(token.expiresAt) })
              : t('apiTokens.neverExpires'),
        ];
        return (
          <Box
            component="li"
            key={token.id}
            data-testid="api-token"
            data-status={status}
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'flex-start',
              justifyContent: 'space-between',
              gap: 1.5,
              p: 2,
              borderRadius: '14px',
              border: '1px solid',
              borderColor: 'divider',
              bgcolor: status === 'active' ? 'background.paper' : 'rgba(113, 90, 180, 0.04)',
            }}
          >
            <Box sx={{ flex: '1 1 240px', minWidth: 0 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                <Typography component="h3" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {token.name}
                </Typography>
                <Chip
                  size="small"
                  color={STATUS_CHIP[status].color}
                  variant={status === 'active' ? 'filled' : 'outlined'}
                  label={t(`apiTokens.status.${status}`)}
                />
              </Box>
              <Typography
                component="code"
                variant="body2"
                sx={{ display: 'inline-block', mt: 0.5, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
                color="text.secondary"
              >
                {token.prefix}…
              </Typography>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 1 }}>
                {token.scopes.length === 0 ? (
                  <Chip size="small" variant="outlined" color="primary" label={t('apiTokens.allPermissions')} />
                ) : (
                  token.scopes.map((scope) => {
                    const label = permissionLabel(t, scope);
                    return (
                      <Chip
                        key={scope}
                        size="small"
                        variant="outlined"
                        label={label}
                        title={`${label} (${scope})`}
                        sx={{ maxWidth: '100%' }}
                      />
                    );
                  })
                )}
              </Box>
              <Box
                component="p"
                sx={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  columnGap: 2,
                  rowGap: 0.25,
                  m: 0,
                  mt: 1,
                  color: 'text.secondary',
                  typography: 'body2',
                }}
              >
                {facts.map((fact) => (
                  <span key={fact}>{fact}</span>
                ))}
              </Box>
            </Box>
            {status !== 'revoked' && (
              <Button
                size="small"
                color="error"
                variant="outlined"
                aria-label={t('apiTokens.revokeLabel', { name: token.name })}
                onClick={() => onRevoke(token)}
              >
                {t('apiTokens.revoke')}
              </Button>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
