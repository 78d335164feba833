import HistoryOutlinedIcon from '@mui/icons-material/HistoryOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/audit`: the tamper-evident record of who did what. */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.audit.title')}
      subtitle={t('admin.audit.subtitle')}
      icon={<HistoryOutlinedIcon />}
      emptyTitle={t('admin.audit.emptyTitle')}
      emptyDescription={t('admin.audit.emptyDescription')}
    />
  );
}
