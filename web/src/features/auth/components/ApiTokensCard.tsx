import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Personal API tokens for integrations. Managing them arrives with the API token work. */
export function ApiTokensCard() {
  const { t } = useTranslation();
  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <KeyOutlinedIcon sx={{ color: '#6B46C1' }} aria-hidden="true" />
          <Typography variant="h6" component="h2">
            {t('account.apiTokens.title')}
          </Typography>
          <Chip size="small" label={t('account.apiTokens.comingSoon')} />
        </Box>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t('account.apiTokens.description')}
        </Typography>
      </CardContent>
    </Card>
  );
}
