/** Tells the app's other tabs about sign-in and sign-out, so they follow along. */
export type SessionMessage = { type: 'signedIn'; userId: string } | { type: 'signedOut' };

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ics-session');

export function announceSession(message: SessionMessage): void {
  channel?.postMessage(message);
}

export function onSessionMessage(handler: (message: SessionMessage) => void): () => void {
  if (!channel) return () => {};
  const listener = (event: MessageEvent<SessionMessage>) => handler(event.data);
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
