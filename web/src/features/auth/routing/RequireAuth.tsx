import { Navigate, Outlet, useLocation } from 'react-router';
import { sessionStore } from '../../../apollo/sessionStore';
import { paths } from '../../../paths';
import { useAuth } from '../hooks/useAuth';

/** Signed-in routes: anonymous visitors go to sign-in, and come back here afterwards. */
export function RequireAuth() {
  const { user } = useAuth();
  const location = useLocation();
  if (user) return <Outlet />;

  const reason = sessionStore.lastEndReason();
  if (reason === 'signedOut') return <Navigate to={paths.signIn} replace />;
  const params = new URLSearchParams({ next: `${location.pathname}${location.search}${location.hash}` });
  if (reason === 'expired') params.set('expired', '1');
  return <Navigate to={`${paths.signIn}?${params}`} replace />;
}
