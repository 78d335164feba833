import { Box, Typography } from '@mui/material';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InboxQuery } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { PriorityChip } from '../../conversations/components/PriorityChip';
import { SearchSnippet } from '../../conversations/components/SearchSnippet';
import { StatusChip } from '../../conversations/components/StatusChip';
import { TagChip } from '../../conversations/components/TagChip';
import { UnreadDot } from '../../conversations/components/UnreadDot';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';
import type { MatchingSnippet } from '../hooks/useMatchingSnippets';

export type InboxConversation = InboxQuery['conversations']['edges'][number]['node'];

interface InboxRowProps {
  conversation: InboxConversation;
  selected: boolean;
  /** The inbox's address, so the conversation view can go back to the same list. */
  from: string;
  onFocus(): void;
  linkRef?: Ref<HTMLAnchorElement>;
  /** With a keyword: the message that matched it, highlighted. */
  match?: MatchingSnippet;
}

/** One conversation of the inbox: a link with its number, customer, subject, times, tags, status and owner. */
export function InboxRow({ conversation: c, selected, from, onFocus, linkRef, match }: InboxRowProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const owner = c.assignee
    ? t('inbox.list.assignedTo', { name: c.assignee.displayName })
    : c.transferTarget
      ? t('inbox.list.transferTo', { name: c.transferTarget.displayName })
      : t('inbox.list.unassigned');

  return (
    <Box
      component="li"
      data-testid="inbox-row"
      data-id={c.id}
      data-unread={c.unread}
      data-status={c.status}
      aria-current={selected || undefined}
    >
      <Box
        component={RouterLink}
        ref={linkRef}
        to={paths.agentConversation(c.id)}
        state={{ from }}
        onFocus={onFocus}
        sx={{
          display: 'block',
          position: 'relative',
          px: { xs: 1.5, sm: 2 },
          py: 1.5,
          color: 'inherit',
          textDecoration: 'none',
          borderRadius: '12px',
          border: '1px solid',
          borderColor: selected ? '#9F7AEA' : 'divider',
          bgcolor: selected ? 'rgba(159, 122, 234, 0.08)' : 'background.paper',
          '&:hover': { bgcolor: 'rgba(159, 122, 234, 0.06)' },
          '&:focus-visible': { outline: '2px solid #6B46C1', outlineOffset: 2 },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          {c.unread && <UnreadDot />}
          {c.unread && <VisuallyHidden>{t('conversation.list.unread')}</VisuallyHidden>}
          <Typography component="span" sx={{ fontWeight: 700, color: '#553C9A' }}>
            {t('conversation.number', { number: c.number })}
          </Typography>
          <Typography component="span" sx={{ fontWeight: c.unread ? 700 : 500, flex: '1 1 140px', minWidth: 0, overflowWrap: 'anywhere' }}>
            {c.subject}
          </Typography>
          <StatusChip status={c.status} />
        </Box>
        <Box
          sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25, mt: 0.5, color: 'text.secondary', typography: 'body2' }}
        >
          <span>{c.customer.displayName}</span>
          <span title={format.full(c.createdAt)}>{t('inbox.list.created', { time: format.short(c.createdAt) })}</span>
          <span>{owner}</span>
          {c.team && <span>{c.team.name}</span>}
        </Box>
        <Typography variant="body2" color="text.secondary" noWrap sx={{ mt: 0.5 }} data-testid={match ? 'search-match' : undefined}>
          {match ? (
            <>
              <Box component="span" sx={{ fontWeight: 600, color: 'text.primary' }}>
                {match.internal ? t('inbox.list.matchNote') : t('inbox.list.match')}{' '}
              </Box>
              <SearchSnippet html={match.html} />
            </>
          ) : (
            (c.lastMessagePreview ?? t('inbox.list.noPreview'))
          )}
        </Typography>
        {c.lastMessageAt && <VisuallyHidden>{format.full(c.lastMessageAt)}</VisuallyHidden>}
        {(c.tags.length > 0 || c.priority !== 'NORMAL') && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.75 }}>
            {c.priority !== 'NORMAL' && <PriorityChip priority={c.priority} />}
            {c.tags.map((tag) => (
              <TagChip key={tag.id} name={tag.name} colour={tag.colour} />
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
