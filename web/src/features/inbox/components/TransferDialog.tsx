import { FormControlLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import type { TransferTarget } from '../hooks/useConversationActions';
import type { DeskAgent } from '../hooks/useDeskAgents';
import { ActionFormDialog } from './ActionFormDialog';
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
  const [kind, setKind] = useState<'agent' | 'team'>('agent');
  const [agent, setAgent] = useState<DeskAgent | null>(null);
  const [teamId, setTeamId] = useState('');
  const [reason, setReason] = useState('');

  const target = kind === 'agent' ? agent?.id : teamId;
  const targetProblem = target ? null : t('inbox.transfer.targetRequired');
  const reasonProblem = reason.trim() ? null : t('inbox.transfer.reasonRequired');
  const reset = () => {
    setKind('agent');
    setAgent(null);
    setTeamId('');
    setReason('');
  };

  return (
    <ActionFormDialog
      open={open}
      title={t('inbox.transfer.title', { number })}
      description={t('inbox.transfer.description')}
      submitLabel={t('inbox.transfer.submit')}
      submittingLabel={t('inbox.transfer.submitting')}
      ready={!!target && !reasonProblem}
      onReset={reset}
      onSubmit={() =>
        onTransfer({ ...(kind === 'agent' ? { toAgentId: target as string } : { toTeamId: target as string }), reason: reason.trim() })
      }
      onClose={onClose}
    >
      {(attempted) => (
        <>
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
        </>
      )}
    </ActionFormDialog>
  );
}
