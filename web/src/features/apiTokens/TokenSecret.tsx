import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { Alert, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CopyableValue } from '../../components/CopyableValue';

/** A new token's secret, shown this once, with a copy button and the warning that it will not be shown again. */
export function TokenSecret({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <Alert severity="warning" icon={<WarningAmberOutlinedIcon />} role="alert" data-testid="api-token-warning">
        {t('apiTokens.secret.warning')}
      </Alert>
      <CopyableValue
        label={t('apiTokens.secret.label')}
        value={token}
        texts={{ copy: t('apiTokens.secret.copy'), copied: t('apiTokens.secret.copied'), copyFailed: t('apiTokens.secret.copyFailed') }}
        hint={t('apiTokens.secret.usage')}
        urgent
        testId="api-token-secret"
        valueSx={{ fontSize: '0.9rem', wordBreak: 'break-all' }}
      />
    </Stack>
  );
}
