import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import type { TransferTarget } from '../hooks/useConversationActions';
import type { DeskAgent } from '../hooks/useDeskAgents';
import { AgentPicker } from './AgentPicker';
import { TeamSelect } from './TeamSelect';

interface TransferDialogProps {
  open: boolean;
  number: number;
  /** Not offered as a target: the viewer, who hands it on. */
  viewerId?: string | null;
  onClose(): void;
  /** Resolves to the refusal in words, or null once transferred. */
  onTransfer(target: TransferTarget): Promise<string | null>;
}

/** Hands a conversation to another agent (found by name) or to a team, with the reason the new owner will read. */
export function TransferDialog({ open, number, viewerId, onClose, onTransfer }: TransferDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [kind, setKind] = useState<'agent' | 'team'>('agent');
  const [agent, setAgent] = useState<DeskAgent | null>(null);
  const [teamId, setTeamId] = useState('');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setKind('agent');
    setAgent(null);
    setTeamId('');
    setReason('');
    setAttempted(false);
    setError(null);
  }, [open]);

  const target = kind === 'agent' ? agent?.id : teamId;
  const targetProblem = target ? null : t('inbox.transfer.targetRequired');
  const reasonProblem = reason.trim() ? null : t('inbox.transfer.reasonRequired');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!target || reasonProblem) return;
    setSending(true);
    const refusal = await onTransfer({ ...(kind === 'agent' ? { toAgentId: target } : { toTeamId: target }), reason: reason.trim() });
    setSending(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={phone}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('inbox.transfer.title', { number })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('inbox.transfer.description')}</DialogContentText>
            <FormErrorAlert message={error} />
            <RadioGroup
              row
              aria-label={t('inbox.transfer.to')}
              value={kind}
              onChange={(event) => setKind(event.target.value as 'agent' | 'team')}
            >
              <FormControlLabel value="agent" control={<Radio />} label={t('inbox.transfer.toAgent')} />
              <FormControlLabel value="team" control={<Radio />} label={t('inbox.transfer.toTeam')} />
            </RadioGroup>
            {kind === 'agent' ? (
              <AgentPicker
                label={t('inbox.transfer.agent')}
                value={agent}
                onChange={setAgent}
                excludeId={viewerId}
                problem={attempted ? targetProblem : null}
              />
            ) : (
              <TeamSelect label={t('inbox.transfer.team')} value={teamId} onChange={setTeamId} problem={attempted ? targetProblem : null} />
            )}
            <TextField
              label={t('inbox.transfer.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              fullWidth
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 500 } }}
              {...problemProps(attempted && reasonProblem, t('inbox.transfer.reasonHelp'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={sending}>
            {t('common.cancel')}
          </Button>
          <SubmitButton size="medium" loading={sending} label={t('inbox.transfer.submit')} loadingLabel={t('inbox.transfer.submitting')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
