import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { SetTypingDocument } from '../../../graphql/generated/graphql';

/** While typing, say so again this often (others drop a typist they have not heard from for a while). */
const REPEAT_MS = 3000;
/** No key for this long: stopped. */
const IDLE_MS = 4000;

export interface TypingNotifier {
  /** Call on every change of the draft. */
  typed(): void;
  /** Call after sending or leaving the field. */
  stopped(): void;
}

/** Tells the others in a conversation that the viewer is typing, sparingly. `internal`: a private note. */
export function useTypingNotifier(conversationId: string, internal = false): TypingNotifier {
  const [setTyping] = useMutation(SetTypingDocument);
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const tell = useCallback(
    (typing: boolean) => {
      // Best effort: a lost typing event is harmless.
      setTyping({ variables: { conversationId, typing, internal } }).catch(() => {});
    },
    [conversationId, internal, setTyping],
  );

  const stopped = useCallback(() => {
    clearTimeout(idle.current);
    if (lastSent.current === 0) return;
    lastSent.current = 0;
    tell(false);
  }, [tell]);

  const typed = useCallback(() => {
    const now = Date.now();
    if (now - lastSent.current > REPEAT_MS) {
      lastSent.current = now;
      tell(true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopped, IDLE_MS);
  }, [stopped, tell]);

  useEffect(() => stopped, [stopped]);

  return { typed, stopped };
}
