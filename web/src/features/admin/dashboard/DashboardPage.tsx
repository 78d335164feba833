import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import SentimentSatisfiedAltOutlinedIcon from '@mui/icons-material/SentimentSatisfiedAltOutlined';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';
import { useAuth } from '../../auth/hooks/useAuth';
import { MetricCard } from './MetricCard';

/** `/admin/dashboard`: service figures at a glance. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const metrics = [
    { icon: <ChatBubbleOutlineIcon />, label: t('admin.dashboard.metrics.open') },
    { icon: <TimerOutlinedIcon />, label: t('admin.dashboard.metrics.firstResponse') },
    { icon: <TaskAltOutlinedIcon />, label: t('admin.dashboard.metrics.resolved') },
    { icon: <SentimentSatisfiedAltOutlinedIcon />, label: t('admin.dashboard.metrics.satisfaction') },
  ];
  return (
    <SectionFrame
      title={t('admin.dashboard.title', { name: user?.displayName ?? '' })}
      subtitle={t('admin.dashboard.subtitle')}
      icon={<InsightsOutlinedIcon />}
      emptyTitle={t('admin.dashboard.emptyTitle')}
      emptyDescription={t('admin.dashboard.emptyDescription')}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
          mb: 3,
        }}
      >
        {metrics.map((metric) => (
          <MetricCard key={metric.label} icon={metric.icon} label={metric.label} value="—" hint={t('admin.dashboard.metrics.noData')} />
        ))}
      </Box>
    </SectionFrame>
  );
}
