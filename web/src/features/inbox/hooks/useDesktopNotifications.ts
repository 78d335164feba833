import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConversationLiveFieldsFragment } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { useConversationEvents } from '../../conversations/hooks/useConversationEvents';

/** A conversation first heard of within this long after it was created is a new one. */
const NEW_WINDOW_MS = 60_000;

/**
 * Desktop notifications for the agent workspace: a new conversation, or a new message, while this tab is
 * hidden. Only once the person granted the permission (never asked for automatically). Clicking one brings
 * the tab back on that conversation.
 */
export function useDesktopNotifications(viewerId: string): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lastSeen = useRef(new Map<string, string | null>());

  const notify = (title: string, conversation: ConversationLiveFieldsFragment) => {
    const notification = new Notification(title, {
      body: `${conversation.subject}${conversation.lastMessagePreview ? `\n${conversation.lastMessagePreview}` : ''}`,
      tag: `conversation-${conversation.id}`,
    });
    notification.onclick = () => {
      window.focus();
      navigate(paths.agentConversation(conversation.id));
      notification.close();
    };
  };

  useConversationEvents((event) => {
    if (event.type !== 'changed') return;
    const conversation = event.conversation;
    const known = lastSeen.current.has(conversation.id);
    const before = lastSeen.current.get(conversation.id) ?? null;
    lastSeen.current.set(conversation.id, conversation.lastMessageAt);
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted' || document.visibilityState !== 'hidden') return;
    // Someone else's conversation moving along is not news, unless it is in the queue or mine.
    const concernsMe = !conversation.assignee || conversation.assignee.id === viewerId || conversation.transferTarget?.id === viewerId;
    const recent = (iso: string | null) => !!iso && Date.now() - Date.parse(iso) < NEW_WINDOW_MS;
    if (!known && recent(conversation.createdAt)) {
      notify(t('inbox.notifications.newConversation', { number: conversation.number }), conversation);
    } else if (concernsMe && conversation.lastMessageAt !== before && recent(conversation.lastMessageAt)) {
      notify(t('inbox.notifications.newMessage', { number: conversation.number }), conversation);
    }
  });
}
