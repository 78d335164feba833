import KeyboardOutlinedIcon from '@mui/icons-material/KeyboardOutlined';
import NotificationsActiveOutlinedIcon from '@mui/icons-material/NotificationsActiveOutlined';
import NotificationsNoneOutlinedIcon from '@mui/icons-material/NotificationsNoneOutlined';
import NotificationsOffOutlinedIcon from '@mui/icons-material/NotificationsOffOutlined';
import { Box, IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotificationPermission } from '../hooks/useNotificationPermission';
import { useWorkspace } from '../hooks/workspaceContext';

/** The workspace's small tools beside a page title: desktop notifications and the shortcuts help. */
export function WorkspaceTools() {
  const { t } = useTranslation();
  const { openHelp } = useWorkspace();
  const notifications = useNotificationPermission();

  let notificationButton = null;
  if (notifications.state === 'default') {
    notificationButton = (
      <Tooltip title={t('inbox.notifications.enable')}>
        <IconButton aria-label={t('inbox.notifications.enable')} onClick={notifications.request}>
          <NotificationsNoneOutlinedIcon />
        </IconButton>
      </Tooltip>
    );
  } else if (notifications.state !== 'unsupported') {
    const label = notifications.state === 'granted' ? t('inbox.notifications.enabled') : t('inbox.notifications.blocked');
    notificationButton = (
      <Tooltip title={label}>
        {/* A focusable status, not a button: the browser's settings change it, not this page. */}
        <Box component="span" tabIndex={0} role="img" aria-label={label} sx={{ display: 'inline-flex', p: 1, color: 'text.secondary' }}>
          {notifications.state === 'granted' ? <NotificationsActiveOutlinedIcon /> : <NotificationsOffOutlinedIcon />}
        </Box>
      </Tooltip>
    );
  }

  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      {notificationButton}
      <Tooltip title={`${t('inbox.shortcuts.open')} (?)`}>
        <IconButton aria-label={t('inbox.shortcuts.open')} onClick={openHelp} aria-keyshortcuts="?">
          <KeyboardOutlinedIcon />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
