import { useEffect, useRef } from 'react';
import { wsClient } from '../../../apollo/client';

/**
 * Calls back each time the WebSocket (re)connects: subscriptions resume from then on, so whatever happened
 * while it was down has to be read over HTTP. Callers must be idempotent (the first connection counts too).
 */
export function useSocketReconnect(onConnected: () => void): void {
  const callback = useRef(onConnected);
  useEffect(() => {
    callback.current = onConnected;
  });
  useEffect(() => wsClient.on('connected', () => callback.current()), []);
}
