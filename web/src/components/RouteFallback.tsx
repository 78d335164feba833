import { Box, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Shown while a lazily loaded page arrives: a slim bar, no layout jump. */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <Box role="progressbar" aria-label={t('common.loading')} sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 2000 }}>
      <LinearProgress aria-hidden="true" />
    </Box>
  );
}
