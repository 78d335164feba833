import { useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { TypingDocument } from '../../../graphql/generated/graphql';

/** Someone who stopped sending typing events this long ago is no longer shown typing (a closed tab sends no "stopped"). */
const STALE_MS = 7000;

export interface Typist {
  userId: string;
  displayName: string;
  isCustomer: boolean;
}

/** Who else is typing in a conversation now, from the `typing` subscription. */
export function useTypingIndicator(conversationId: string): Typist[] {
  const [typists, setTypists] = useState<ReadonlyMap<string, Typist & { at: number }>>(new Map());

  useSubscription(TypingDocument, {
    variables: { conversationId },
    onData: ({ data }) => {
      const event = data.data?.typing;
      if (!event) return;
      setTypists((current) => {
        const next = new Map(current);
        if (event.typing) next.set(event.userId, { ...event, at: Date.now() });
        else next.delete(event.userId);
        return next;
      });
    },
  });

  useEffect(() => {
    if (typists.size === 0) return;
    const timer = setInterval(() => {
      setTypists((current) => {
        const now = Date.now();
        const fresh = [...current].filter(([, typist]) => now - typist.at < STALE_MS);
        return fresh.length === current.size ? current : new Map(fresh);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [typists.size]);

  return [...typists.values()].map(({ userId, displayName, isCustomer }) => ({ userId, displayName, isCustomer }));
}
