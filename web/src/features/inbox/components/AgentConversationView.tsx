import { Box, Button, Card, CardContent, Collapse, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgentConversationQuery } from '../../../graphql/generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { LiveThread } from '../../conversations/components/LiveThread';
import type { Thread } from '../../conversations/hooks/useThread';
import type { Typist } from '../../conversations/hooks/useTypingIndicator';
import { useConversationActions } from '../hooks/useConversationActions';
import { useHotkeys } from '../hooks/useHotkeys';
import { AgentComposer, type ComposerMode } from './AgentComposer';
import { AgentConversationHeader } from './AgentConversationHeader';
import { AssignDialog } from './AssignDialog';
import { ConversationActionBar } from './ConversationActionBar';
import { CustomerPanel } from './CustomerPanel';
import { TransferDialog } from './TransferDialog';
import { TransferNotice } from './TransferNotice';

interface AgentConversationViewProps {
  conversation: NonNullable<AgentConversationQuery['conversation']>;
  thread: Thread;
  typists: readonly Typist[];
  reload(): void;
  backTo: string;
}

/** A conversation in the agent workspace: actions, the thread with notes set apart, the composer and the customer. */
export function AgentConversationView({ conversation, thread, typists, reload, backTo }: AgentConversationViewProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const panelId = useId();
  const actions = useConversationActions(conversation, reload);
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [transferOpen, setTransferOpen] = useState(false);
  const [assignOpen, setAssignOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const can = conversation.viewerCan;

  const write = (next: ComposerMode) => {
    setMode(next);
    requestAnimationFrame(() => input.current?.focus());
  };
  // A key that does not apply now is left alone (returns false); moves wait for the previous one to finish.
  const when = (allowed: boolean, action: () => unknown) => () => (allowed ? void action() : false);
  const move = (allowed: boolean, action: () => unknown) => when(allowed && !actions.busy, action);

  useHotkeys({
    c: move(can.claim, actions.claim),
    a: move(can.acceptTransfer, actions.accept),
    e: move(can.complete, actions.complete),
    t: when(can.transfer, () => setTransferOpen(true)),
    r: when(can.reply, () => write('reply')),
    n: when(can.addNote, () => write('note')),
    u: () => navigate(backTo),
  });

  return (
    <Stack spacing={2}>
      <AgentConversationHeader conversation={conversation} backTo={backTo} />
      <ConversationActionBar
        conversation={conversation}
        actions={actions}
        onTransfer={() => setTransferOpen(true)}
        onAssign={() => setAssignOpen(true)}
      />
      <TransferNotice conversation={conversation} />
      <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) 300px' } }}>
        <Card sx={{ minWidth: 0 }}>
          <CardContent sx={{ p: { xs: 1.5, sm: 2.5 }, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <LiveThread thread={thread} typists={typists} />
            {can.reply || can.addNote ? (
              <AgentComposer
                conversationId={conversation.id}
                mode={can.reply ? mode : 'note'}
                onModeChange={setMode}
                canReply={can.reply}
                canNote={can.addNote}
                inputRef={input}
                onSend={thread.outbox.send}
              />
            ) : (
              <Typography color="text.secondary">{t('inbox.composer.cannotReply')}</Typography>
            )}
          </CardContent>
        </Card>
        <Box sx={{ minWidth: 0 }}>
          {!wide && (
            <Button
              fullWidth
              variant="outlined"
              aria-expanded={panelOpen}
              aria-controls={panelId}
              onClick={() => setPanelOpen(!panelOpen)}
              sx={{ mb: 1 }}
            >
              {panelOpen ? t('inbox.conversation.hidePanel') : t('inbox.conversation.showPanel')}
            </Button>
          )}
          <Collapse in={wide || panelOpen} id={panelId}>
            <CustomerPanel conversation={conversation} />
          </Collapse>
        </Box>
      </Box>
      <TransferDialog
        open={transferOpen}
        number={conversation.number}
        viewerId={user?.id}
        onClose={() => setTransferOpen(false)}
        onTransfer={actions.transfer}
      />
      <AssignDialog
        open={assignOpen}
        number={conversation.number}
        assigneeId={conversation.assignee?.id}
        onClose={() => setAssignOpen(false)}
        onAssign={actions.assign}
      />
    </Stack>
  );
}
