import { RouterProvider } from 'react-router/dom';
import { useAuth } from '../features/auth/hooks/useAuth';
import { router } from '../routes';
import { ConnectionErrorScreen } from './ConnectionErrorScreen';
import { LoadingScreen } from './LoadingScreen';

/** Routes render once the session is known, so guards never flash the sign-in page for a signed-in user. */
export function SessionGate() {
  const { status, retry } = useAuth();
  if (status === 'restoring') return <LoadingScreen />;
  if (status === 'offline') return <ConnectionErrorScreen onRetry={retry} />;
  return <RouterProvider router={router} />;
}
