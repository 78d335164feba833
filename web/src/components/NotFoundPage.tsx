import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { HelpLinks } from './HelpLinks';
import { StatusPage } from './StatusPage';

/** 404: an address that matches no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <StatusPage code="404" title={t('errors.notFound.title')} description={t('errors.notFound.description')} links={<HelpLinks />}>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all', bgcolor: 'action.hover', borderRadius: '8px', px: 1.5, py: 1 }}
      >
        {location.pathname}
      </Typography>
    </StatusPage>
  );
}
