import { useTranslation } from 'react-i18next';
import { HelpLinks } from './HelpLinks';
import { StatusPage } from './StatusPage';

/** 403: a signed-in user opened a part of the app their role does not include. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      embedded
      code="403"
      title={t('errors.forbidden.title')}
      description={t('errors.forbidden.description')}
      links={<HelpLinks />}
    />
  );
}
