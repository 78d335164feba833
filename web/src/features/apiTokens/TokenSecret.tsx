import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copyText';

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** A new token's secret, shown this once, with a copy button and the warning that it will not be shown again. */
export function TokenSecret({ token }: { token: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const valueRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const copy = async () => setCopied(await copyText(token, valueRef.current));

  return (
    <Stack spacing={2}>
      <Alert severity="warning" icon={<WarningAmberOutlinedIcon />} role="alert" data-testid="api-token-warning">
        {t('apiTokens.secret.warning')}
      </Alert>
      <Box>
        <Typography id={labelId} variant="body2" sx={{ fontWeight: 600, mb: 0.75 }}>
          {t('apiTokens.secret.label')}
        </Typography>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            gap: 1,
            p: 1,
            pl: 1.5,
            borderRadius: '12px',
            border: '1px solid',
            borderColor: 'divider',
            bgcolor: 'rgba(113, 90, 180, 0.05)',
          }}
        >
          <Box
            component="code"
            ref={valueRef}
            aria-labelledby={labelId}
            data-testid="api-token-secret"
            sx={{ flex: '1 1 200px', minWidth: 0, fontFamily: MONOSPACE, fontSize: '0.9rem', wordBreak: 'break-all', userSelect: 'all' }}
          >
            {token}
          </Box>
          <Button
            variant={copied ? 'outlined' : 'contained'}
            size="small"
            startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
            onClick={() => void copy()}
          >
            {copied ? t('apiTokens.secret.copied') : t('apiTokens.secret.copy')}
          </Button>
        </Box>
        <Typography variant="body2" color={copied === false ? 'error' : 'text.secondary'} sx={{ mt: 0.75 }} aria-live="polite">
          {copied === false ? t('apiTokens.secret.copyFailed') : t('apiTokens.secret.usage')}
        </Typography>
      </Box>
    </Stack>
  );
}
