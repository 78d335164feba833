import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import type { DeskAgent } from '../hooks/useDeskAgents';
import { AgentPicker } from './AgentPicker';

interface AssignDialogProps {
  open: boolean;
  number: number;
  /** The current owner: not offered again. */
  assigneeId?: string | null;
  onClose(): void;
  /** Resolves to the refusal in words, or null once assigned. */
  onAssign(agentId: string): Promise<string | null>;
}

/** Gives a conversation to an agent found by name; unlike a transfer, they own it at once. */
export function AssignDialog({ open, number, assigneeId, onClose, onAssign }: AssignDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [agent, setAgent] = useState<DeskAgent | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setAgent(null);
    setAttempted(false);
    setError(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!agent) return;
    setSending(true);
    const refusal = await onAssign(agent.id);
    setSending(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={phone}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('inbox.assign.title', { number })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('inbox.assign.description')}</DialogContentText>
            <FormErrorAlert message={error} />
            <AgentPicker
              label={t('inbox.assign.agent')}
              value={agent}
              onChange={setAgent}
              excludeId={assigneeId}
              problem={attempted && !agent ? t('inbox.assign.agentRequired') : null}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={sending}>
            {t('common.cancel')}
          </Button>
          <SubmitButton size="medium" loading={sending} label={t('inbox.assign.submit')} loadingLabel={t('inbox.assign.submitting')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
