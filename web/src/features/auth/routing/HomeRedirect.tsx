import { Navigate } from 'react-router';
import { paths } from '../../../paths';
import { homePathFor } from '../access';
import { useAuth } from '../hooks/useAuth';

/** `/`: the signed-in user's home, or sign-in. */
export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? homePathFor(user) : paths.signIn} replace />;
}
