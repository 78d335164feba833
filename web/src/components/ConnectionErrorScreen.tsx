import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SUPPORT_EMAIL } from '../paths';
import { StatusPage } from './StatusPage';

/** The server could not be reached while restoring the session: explain and offer a retry. */
export function ConnectionErrorScreen({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      icon={<CloudOffOutlinedIcon />}
      title={t('errors.offline.title')}
      description={t('errors.offline.description')}
      links={
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2 }}>
          <Button variant="contained" size="large" startIcon={<RefreshIcon />} onClick={onRetry} autoFocus>
            {t('common.retry')}
          </Button>
          <Link href={`mailto:${SUPPORT_EMAIL}`}>{t('errors.contactSupport')}</Link>
        </Box>
      }
    />
  );
}
