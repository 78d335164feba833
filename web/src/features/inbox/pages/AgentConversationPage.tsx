import { useParams } from 'react-router';
import { AgentConversation } from '../components/AgentConversation';

/** `/agent/conversations/:id`: one conversation in the agent workspace. */
export function AgentConversationPage() {
  const { id = '' } = useParams();
  // Keyed: another conversation starts with a fresh thread, outbox, composer and typing state.
  return <AgentConversation key={id} conversationId={id} />;
}
