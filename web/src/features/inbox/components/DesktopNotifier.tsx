import { useAuth } from '../../auth/hooks/useAuth';
import { useDesktopNotifications } from '../hooks/useDesktopNotifications';

/** Shows desktop notifications for the workspace; renders nothing. */
export function DesktopNotifier() {
  const { user } = useAuth();
  useDesktopNotifications(user?.id ?? '');
  return null;
}
