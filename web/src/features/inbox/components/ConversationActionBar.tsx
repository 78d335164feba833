import AssignmentIndOutlinedIcon from '@mui/icons-material/AssignmentIndOutlined';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import PersonAddAltOutlinedIcon from '@mui/icons-material/PersonAddAltOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConversationViewerFieldsFragment } from '../../../graphql/generated/graphql';
import type { ConversationActions } from '../hooks/useConversationActions';
import { PrioritySelect } from './PrioritySelect';
import { TagEditor } from './TagEditor';

interface ConversationActionBarProps {
  conversation: ConversationViewerFieldsFragment;
  actions: ConversationActions;
  onTransfer(): void;
  onAssign(): void;
}

/** What the agent may do with the conversation now (from `viewerCan`), each with its keyboard shortcut. */
export function ConversationActionBar({ conversation, actions, onTransfer, onAssign }: ConversationActionBarProps) {
  const { t } = useTranslation();
  const can = conversation.viewerCan;
  const { busy } = actions;
  return (
    <Box component="section" aria-label={t('inbox.actions.label')} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {can.claim && (
          <Button
            variant="contained"
            startIcon={<AssignmentIndOutlinedIcon />}
            disabled={busy}
            onClick={() => void actions.claim()}
            aria-keyshortcuts="c"
          >
            {t('inbox.actions.claim')}
          </Button>
        )}
        {can.acceptTransfer && (
          <Button
            variant="contained"
            startIcon={<AssignmentIndOutlinedIcon />}
            disabled={busy}
            onClick={() => void actions.accept()}
            aria-keyshortcuts="a"
          >
            {t('inbox.actions.accept')}
          </Button>
        )}
        {can.transfer && (
          <Button variant="outlined" startIcon={<SwapHorizIcon />} disabled={busy} onClick={onTransfer} aria-keyshortcuts="t">
            {t('inbox.actions.transfer')}
          </Button>
        )}
        {can.assign && (
          <Button variant="outlined" startIcon={<PersonAddAltOutlinedIcon />} disabled={busy} onClick={onAssign}>
            {t('inbox.actions.assign')}
          </Button>
        )}
        {can.complete && (
          <Button
            variant="outlined"
            startIcon={<CheckCircleOutlinedIcon />}
            disabled={busy}
            onClick={() => void actions.complete()}
            aria-keyshortcuts="e"
          >
            {t('inbox.actions.complete')}
          </Button>
        )}
        {can.release && (
          <Button startIcon={<UndoIcon />} disabled={busy} onClick={() => void actions.release()}>
            {t('inbox.actions.release')}
          </Button>
        )}
      </Box>
      {can.edit && (
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'auto minmax(0, 1fr)' } }}>
          <PrioritySelect value={conversation.priority} disabled={busy} onChange={(priority) => void actions.setPriority(priority)} />
          <TagEditor value={conversation.tags} disabled={busy} onChange={(tagIds) => void actions.setTags(tagIds)} />
        </Box>
      )}
      {actions.problem && (
        <Alert severity="warning" role="alert" onClose={actions.dismiss} data-testid="action-problem">
          {actions.problem}
        </Alert>
      )}
    </Box>
  );
}
