import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { hasAnyPermission, type Permission } from '../access';
import { useAuth } from '../hooks/useAuth';

/** A part of the app for some roles only; others see a friendly 403 inside the shell. */
export function RequirePermission({ anyOf }: { anyOf: readonly Permission[] }) {
  const { user } = useAuth();
  return hasAnyPermission(user, anyOf) ? <Outlet /> : <ForbiddenPage />;
}
