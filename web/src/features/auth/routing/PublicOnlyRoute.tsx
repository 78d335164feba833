import { Navigate, Outlet, useSearchParams } from 'react-router';
import { postSignInPath } from '../access';
import { useAuth } from '../hooks/useAuth';

/** Sign-in and registration: a signed-in user moves on to where they were going, or to their home. */
export function PublicOnlyRoute() {
  const { user } = useAuth();
  const [params] = useSearchParams();
  if (user) return <Navigate to={postSignInPath(user, params.get('next'))} replace />;
  return <Outlet />;
}
