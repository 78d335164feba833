import { Suspense, useMemo, useState } from 'react';
import { Outlet } from 'react-router';
import { RouteFallback } from '../../../components/RouteFallback';
import { ConversationEventsProvider } from '../../conversations/components/ConversationEventsProvider';
import { DesktopNotifier } from '../components/DesktopNotifier';
import { ShortcutHelpDialog } from '../components/ShortcutHelpDialog';
import { useHotkeys } from '../hooks/useHotkeys';
import { type Workspace, WorkspaceContext } from '../hooks/workspaceContext';

/** The agent workspace: one live subscription for the inbox and the conversation view, notifications and `?` help. */
export function AgentWorkspaceLayout() {
  const [helpOpen, setHelpOpen] = useState(false);
  const workspace = useMemo<Workspace>(() => ({ openHelp: () => setHelpOpen(true) }), []);
  useHotkeys({ '?': () => setHelpOpen(true) });
  return (
    <ConversationEventsProvider>
      <WorkspaceContext.Provider value={workspace}>
        <DesktopNotifier />
        <Suspense fallback={<RouteFallback />}>
          <Outlet />
        </Suspense>
        <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </WorkspaceContext.Provider>
    </ConversationEventsProvider>
  );
}
