import type { WebSocket } from 'ws';
import type { PubSub } from './pubsub.js';

/** Every instance listens here and closes the user's sockets it holds. */
export const SOCKETS_CLOSE = 'sockets.close';

/**
 * Open WebSockets by user, so ending someone's sessions (password reset or change) also ends their live
 * connections, in every server instance (through the PubSub).
 */
export class SocketRegistry {
  private readonly byUser = new Map<string, Set<WebSocket>>();

  constructor(private readonly pubsub: PubSub) {
    pubsub.listen<{ userId: string; reason: string }>(SOCKETS_CLOSE, ({ userId, reason }) => this.closeHere(userId, reason));
  }

  add(userId: string, socket: WebSocket): void {
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

  private closeHere(userId: string, reason: string): void {
    for (const socket of this.byUser.get(userId) ?? []) socket.close(4403, reason);
  }
}
