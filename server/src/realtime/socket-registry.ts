import type { WebSocket } from 'ws';
import type { PubSub } from './pubsub.js';

/** Every instance listens here and closes the user's sockets it holds. */
export const SOCKETS_CLOSE = 'sockets.close';

/** Whose sockets to close: one user's, or those of everyone who held a role when they connected. */
type CloseTarget = { userId: string; roleId?: undefined } | { roleId: string; userId?: undefined };

/**
 * Open WebSockets by user, so ending someone's sessions (password reset or change) or changing what their
 * role allows also ends their live connections, in every server instance (through the PubSub).
 */
export class SocketRegistry {
  private readonly byUser = new Map<string, Set<WebSocket>>();
  private readonly roleOf = new WeakMap<WebSocket, string>();

  constructor(private readonly pubsub: PubSub) {
    pubsub.listen<CloseTarget & { reason: string }>(SOCKETS_CLOSE, ({ reason, ...target }) => this.closeHere(target, reason));
  }

  add(userId: string, roleId: string, socket: WebSocket): void {
    this.roleOf.set(socket, roleId);
    let sockets = this.byUser.get(userId);
    if (!sockets) {
      sockets = new Set();
      this.byUser.set(userId, sockets);
    }
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) this.byUser.delete(userId);
    });
  }

  /** 4403, which graphql-ws clients retry: they reconnect with fresh credentials, or end up signed out. */
  async closeAllOf(userId: string, reason = 'Session ended'): Promise<void> {
    await this.pubsub.publish(SOCKETS_CLOSE, { userId, reason });
  }

  /**
   * The same for everyone holding a role whose permissions changed: their running subscriptions were checked
   * against the old permissions, and reconnecting checks them again.
   */
  async closeAllWithRole(roleId: string, reason = 'Permissions changed'): Promise<void> {
    await this.pubsub.publish(SOCKETS_CLOSE, { roleId, reason });
  }

  private closeHere(target: CloseTarget, reason: string): void {
    if (target.userId !== undefined) {
      for (const socket of this.byUser.get(target.userId) ?? []) socket.close(4403, reason);
      return;
    }
    for (const sockets of this.byUser.values()) {
      for (const socket of sockets) if (this.roleOf.get(socket) === target.roleId) socket.close(4403, reason);
    }
  }
}
