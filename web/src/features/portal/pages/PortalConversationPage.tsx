import { useParams } from 'react-router';
import { PortalConversation } from '../components/PortalConversation';

/** `/portal/conversations/:id`: one conversation, as the customer sees it. */
export function PortalConversationPage() {
  const { id = '' } = useParams();
  // Keyed: another conversation starts with a fresh thread, outbox and typing state.
  return <PortalConversation key={id} conversationId={id} />;
}
