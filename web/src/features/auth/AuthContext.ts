import { createContext } from 'react';
import type { SessionUser } from '../../apollo/sessionStore';
import type { SessionPayloadFragment } from '../../graphql/generated/graphql';

/** `restoring` while the session comes back from the refresh cookie; `offline` when the server could not be reached. */
export type AuthStatus = 'restoring' | 'ready' | 'offline';

export interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  /** Starts the session from a login, register or changePassword answer. */
  signIn(payload: SessionPayloadFragment): void;
  /** Ends the session on the server and here, in every tab. */
  signOut(): Promise<void>;
  /** Tries to restore the session again after `offline`. */
  retry(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
