import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/settings`: business hours, assignment, SLA targets, password policy and assistant options. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.settings.title')}
      subtitle={t('admin.settings.subtitle')}
      icon={<SettingsOutlinedIcon />}
      emptyTitle={t('admin.settings.emptyTitle')}
      emptyDescription={t('admin.settings.emptyDescription')}
    />
  );
}
