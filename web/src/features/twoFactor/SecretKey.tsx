import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, Button, Typography } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copyText';

export const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read off and type by hand (apps ignore the spaces). */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The authenticator secret for typing into an app by hand, in groups of four, with a copy button. */
export function SecretKey({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const valueRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <Box>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 600, mb: 0.75 }}>
        {t('twoFactor.setup.secretLabel')}
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
          data-testid="two-factor-secret"
          sx={{ flex: '1 1 200px', minWidth: 0, fontFamily: MONOSPACE, fontSize: '0.95rem', wordSpacing: '0.2em', userSelect: 'all' }}
        >
          {groupedSecret(secret)}
        </Box>
        <Button
          variant="outlined"
          size="small"
          startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
          onClick={async () => setCopied(await copyText(secret, valueRef.current))}
        >
          {copied ? t('twoFactor.setup.copied') : t('twoFactor.setup.copy')}
        </Button>
      </Box>
      <Typography variant="body2" color="error" sx={{ mt: 0.5 }} aria-live="polite">
        {copied === false ? t('twoFactor.setup.copyFailed') : ''}
      </Typography>
    </Box>
  );
}
