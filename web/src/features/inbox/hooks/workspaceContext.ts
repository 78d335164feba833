import { createContext, useContext } from 'react';

export interface Workspace {
  /** Opens the keyboard shortcuts help. */
  openHelp(): void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside <AgentWorkspaceLayout>');
  return workspace;
}
