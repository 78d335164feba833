import type { WebSocket } from 'ws';

/** Open WebSockets by user, so ending someone's sessions (password reset or change) also ends their live connections. */
export class SocketRegistry {
  private readonly byUser = new Map<string, Set<WebSocket>>();

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
  closeAllOf(userId: string, reason = 'Session ended'): void {
    for (const socket of this.byUser.get(userId) ?? []) socket.close(4403, reason);
  }
}
