import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/reports`: service reports and exports. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.reports.title')}
      subtitle={t('admin.reports.subtitle')}
      icon={<AssessmentOutlinedIcon />}
      emptyTitle={t('admin.reports.emptyTitle')}
      emptyDescription={t('admin.reports.emptyDescription')}
    />
  );
}
