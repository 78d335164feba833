import { Box, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/** Full-page placeholder while the session is restored. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 2.5 }}
    >
      <BrandMark size={56} />
      <CircularProgress size={28} thickness={5} aria-hidden="true" />
      <Typography color="text.secondary">{t('common.loading')}</Typography>
    </Box>
  );
}
