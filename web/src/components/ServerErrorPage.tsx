import RefreshIcon from '@mui/icons-material/Refresh';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { HelpLinks } from './HelpLinks';
import { StatusPage } from './StatusPage';

/** 500: something broke while showing a page. Offers a reload (which also fetches a newer app version). */
export function ServerErrorPage({ routerLinks = true }: { routerLinks?: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="500"
      title={t('errors.server.title')}
      description={t('errors.server.description')}
      links={<HelpLinks routerLinks={routerLinks} />}
    >
      <Button variant="outlined" startIcon={<RefreshIcon />} onClick={() => window.location.reload()}>
        {t('errors.server.reload')}
      </Button>
    </StatusPage>
  );
}
