import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import type { TransferTarget } from '../hooks/useConversationActions';
import type { DirectoryEntry } from '../hooks/useDeskDirectory';

interface TransferDialogProps {
  open: boolean;
  number: number;
  agents: readonly DirectoryEntry[];
  teams: readonly DirectoryEntry[];
  onClose(): void;
  /** Resolves to the refusal in words, or null once transferred. */
  onTransfer(target: TransferTarget): Promise<string | null>;
}

/** Hands a conversation to another agent or to a team, with the reason the new owner will read. */
export function TransferDialog({ open, number, agents, teams, onClose, onTransfer }: TransferDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [kind, setKind] = useState<'agent' | 'team'>('agent');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setKind(agents.length === 0 && teams.length > 0 ? 'team' : 'agent');
    setTarget('');
    setReason('');
    setAttempted(false);
    setError(null);
  }, [open, agents.length, teams.length]);

  const choices = kind === 'agent' ? agents : teams;
  const targetProblem = target ? null : t('inbox.transfer.targetRequired');
  const reasonProblem = reason.trim() ? null : t('inbox.transfer.reasonRequired');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (targetProblem || reasonProblem) return;
    setSending(true);
    const refusal = await onTransfer({ ...(kind === 'agent' ? { toAgentId: target } : { toTeamId: target }), reason: reason.trim() });
    setSending(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
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
              onChange={(event) => {
                setKind(event.target.value as 'agent' | 'team');
                setTarget('');
              }}
            >
              <FormControlLabel value="agent" control={<Radio />} label={t('inbox.transfer.toAgent')} />
              <FormControlLabel value="team" control={<Radio />} label={t('inbox.transfer.toTeam')} />
            </RadioGroup>
            <TextField
              select
              label={kind === 'agent' ? t('inbox.transfer.agent') : t('inbox.transfer.team')}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              required
              fullWidth
              {...problemProps(
                attempted && targetProblem,
                choices.length === 0 ? (kind === 'agent' ? t('inbox.transfer.noAgents') : t('inbox.transfer.noTeams')) : ' ',
              )}
            >
              {choices.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {choice.name}
                </MenuItem>
              ))}
            </TextField>
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
