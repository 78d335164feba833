import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RouteFallback } from '../../../components/RouteFallback';
import { ConversationEventsProvider } from '../../conversations/components/ConversationEventsProvider';

/** The portal's pages share one live subscription to the customer's conversations. */
export function PortalLayout() {
  return (
    <ConversationEventsProvider>
      <Suspense fallback={<RouteFallback />}>
        <Outlet />
      </Suspense>
    </ConversationEventsProvider>
  );
}
