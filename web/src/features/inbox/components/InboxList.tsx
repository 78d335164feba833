import { Stack } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../paths';
import { useHotkeys } from '../hooks/useHotkeys';
import type { MatchingSnippet } from '../hooks/useMatchingSnippets';
import { type InboxConversation, InboxRow } from './InboxRow';

interface InboxListProps {
  conversations: readonly InboxConversation[];
  /** The inbox's address, for the way back from a conversation. */
  from: string;
  matches: ReadonlyMap<string, MatchingSnippet>;
}

/** The inbox rows; `j` / `k` move through them (focus follows) and Enter opens the selected one. */
export function InboxList({ conversations, from, matches }: InboxListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [selected, setSelected] = useState(-1);
  const links = useRef<Array<HTMLAnchorElement | null>>([]);

  const move = (delta: number) => {
    if (conversations.length === 0) return;
    const next = Math.min(conversations.length - 1, Math.max(0, selected + delta));
    setSelected(next);
    links.current[next]?.focus();
  };

  // On a row link Enter opens it by itself; this is for when the focus went back to the page.
  const openSelected = (event: KeyboardEvent) => {
    const row = conversations[selected];
    if (!row || event.target !== document.body) return false;
    navigate(paths.agentConversation(row.id), { state: { from } });
  };

  useHotkeys({ j: () => move(1), k: () => move(selected < 0 ? 1 : -1), Enter: openSelected });

  return (
    <Stack component="ul" spacing={1} aria-label={t('inbox.list.label')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {conversations.map((conversation, index) => (
        <InboxRow
          key={conversation.id}
          conversation={conversation}
          selected={index === selected}
          from={from}
          match={matches.get(conversation.id)}
          onFocus={() => setSelected(index)}
          linkRef={(element) => {
            links.current[index] = element;
          }}
        />
      ))}
    </Stack>
  );
}
