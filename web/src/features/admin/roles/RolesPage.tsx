import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/roles`: roles and the permissions they grant. */
export function RolesPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.roles.title')}
      subtitle={t('admin.roles.subtitle')}
      icon={<AdminPanelSettingsOutlinedIcon />}
      emptyTitle={t('admin.roles.emptyTitle')}
      emptyDescription={t('admin.roles.emptyDescription')}
    />
  );
}
