import { useMutation } from '@apollo/client/react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, useMediaQuery, useTheme } from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import {
  type AdminTeamFieldsFragment,
  type AdminTeamMemberFragment,
  CreateTeamDocument,
  UpdateTeamDocument,
} from '../../../graphql/generated/graphql';
import { peopleFieldErrors, peopleFormError } from '../people/peopleErrors';
import { MemberPicker } from './MemberPicker';

/** A new team, or one of the list to rename or restaff. */
export type TeamEditorTarget = { kind: 'create' } | { kind: 'edit'; team: AdminTeamFieldsFragment };

const NAME_MAX_LENGTH = 120;

interface TeamEditorDialogProps {
  target: TeamEditorTarget | null;
  onClose(): void;
  onDone(message: string): void;
}

/** Names a team and chooses its members; the same form creates one and edits one. */
export function TeamEditorDialog({ target, onClose, onDone }: TeamEditorDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [shown, setShown] = useState(target);
  const [name, setName] = useState('');
  const [members, setMembers] = useState<AdminTeamMemberFragment[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A new team joins the list; an edited one comes back whole and updates its card through the cache. (The
  // users page reads people's teams afresh when it is next shown.)
  const [createTeam, creating] = useMutation(CreateTeamDocument, { refetchQueries: ['AdminTeams'] });
  const [updateTeam, updating] = useMutation(UpdateTeamDocument);

  useEffect(() => {
    if (!target) return;
    setShown(target);
    setAttempted(false);
    setError(null);
    setName(target.kind === 'edit' ? target.team.name : '');
    setMembers(target.kind === 'edit' ? target.team.members : []);
  }, [target]);

  const creatingNew = shown?.kind !== 'edit';
  const nameProblem = name.trim() ? null : t('adminPeople.errors.teamNameRequired');
  const server = peopleFieldErrors(t, error);
  const busy = creating.loading || updating.loading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!shown || nameProblem) return;
    setError(null);
    const input = { name: name.trim(), memberIds: members.map((member) => member.id) };
    try {
      if (shown.kind === 'create') {
        const { data } = await createTeam({ variables: { input } });
        if (data) onDone(t('adminPeople.teams.editor.created', { name: data.createTeam.name }));
      } else {
        const { data } = await updateTeam({ variables: { id: shown.team.id, input } });
        if (data) onDone(t('adminPeople.teams.editor.saved', { name: data.updateTeam.name }));
      }
      onClose();
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  return (
    <Dialog
      open={!!target}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={phone}
      data-testid="team-editor"
    >
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {creatingNew
            ? t('adminPeople.teams.editor.createTitle')
            : t('adminPeople.teams.editor.editTitle', { name: shown?.kind === 'edit' ? shown.team.name : '' })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormErrorAlert message={peopleFormError(t, error, ['name', 'memberIds'])} />
            <TextField
              label={t('adminPeople.teams.editor.name')}
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              {...problemProps((attempted && nameProblem) || server.name, t('adminPeople.teams.editor.nameHelp'))}
              required
              fullWidth
              autoFocus
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: NAME_MAX_LENGTH } }}
            />
            <MemberPicker value={members} onChange={setMembers} problem={server.memberIds} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <SubmitButton
            size="medium"
            loading={busy}
            label={creatingNew ? t('adminPeople.teams.editor.submitCreate') : t('adminPeople.teams.editor.submitEdit')}
            loadingLabel={t('adminPeople.teams.editor.submitting')}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
