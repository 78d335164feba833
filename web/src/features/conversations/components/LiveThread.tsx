import type { Thread } from '../hooks/useThread';
import type { Typist } from '../hooks/useTypingIndicator';
import { MessageList } from './MessageList';
import { TypingIndicator } from './TypingIndicator';

/** A live thread as both the portal and the workspace show it: the messages (with retry of failed sends) and who is typing. */
export function LiveThread({ thread, typists }: { thread: Thread; typists: readonly Typist[] }) {
  return (
    <>
      <MessageList
        items={thread.items}
        loaded={thread.stream.loaded}
        error={thread.stream.error}
        onReload={() => void thread.stream.catchUp()}
        earlier={{
          has: thread.stream.hasEarlier,
          count: thread.stream.earlierCount,
          loading: thread.stream.loadingEarlier,
          error: thread.stream.earlierError,
          load: () => void thread.stream.loadEarlier(),
        }}
        errors={thread.outbox.errors}
        onRetry={thread.outbox.retry}
        onDiscard={thread.outbox.discard}
      />
      <TypingIndicator typists={typists} />
    </>
  );
}
