import TerminalOutlinedIcon from '@mui/icons-material/TerminalOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/console`: an API console to explore and try the GraphQL API. */
export function ConsolePage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.console.title')}
      subtitle={t('admin.console.subtitle')}
      icon={<TerminalOutlinedIcon />}
      emptyTitle={t('admin.console.emptyTitle')}
      emptyDescription={t('admin.console.emptyDescription')}
    />
  );
}
