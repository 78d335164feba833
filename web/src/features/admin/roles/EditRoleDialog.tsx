import { useMutation } from '@apollo/client/react';
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { problemProps } from '../../../components/form/problemProps';
import { UpdateRoleDocument } from '../../../graphql/generated/graphql';
import { ActionFormDialog } from '../../inbox/components/ActionFormDialog';
import { roleErrorText, roleFieldErrors } from './roleErrors';
import { descriptionProblem, nameProblem, ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX } from './roleForm';
import { roleLabel } from './roleLabel';
import type { MatrixRole } from './useRoleDrafts';

interface EditRoleDialogProps {
  role: MatrixRole | null;
  onClose(): void;
}

/** Renames a role or changes its description; its key and permissions stay as they are. */
export function EditRoleDialog({ role, onClose }: EditRoleDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [updateRole] = useMutation(UpdateRoleDocument);
  const problems = { name: nameProblem(t, name), description: descriptionProblem(t, description) };

  const submit = async () => {
    if (!role) return null;
    try {
      // An empty description clears it (the server stores null for blank).
      await updateRole({ variables: { id: role.id, input: { name: name.trim(), description: description.trim() } } });
      return null;
    } catch (caught) {
      const error = apiErrorOf(caught);
      if (!error) return null;
      setServerFields(roleFieldErrors(t, error));
      return roleErrorText(t, error);
    }
  };

  return (
    <ActionFormDialog
      open={!!role}
      title={t('adminConfig.roles.editDialog.title', { role: role ? roleLabel(t, role) : '' })}
      description={t('adminConfig.roles.editDialog.description')}
      submitLabel={t('adminConfig.roles.editDialog.submit')}
      submittingLabel={t('adminConfig.roles.editDialog.submitting')}
      ready={!problems.name && !problems.description}
      onReset={() => {
        setName(role?.name ?? '');
        setDescription(role?.description ?? '');
        setServerFields({});
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      {(attempted) => (
        <>
          <TextField
            label={t('adminConfig.roles.fields.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...problemProps((attempted && problems.name) || serverFields.name, t('adminConfig.roles.fields.nameHelp'))}
            required
            fullWidth
            autoFocus
            autoComplete="off"
            slotProps={{ htmlInput: { maxLength: ROLE_NAME_MAX } }}
          />
          <TextField
            label={t('adminConfig.roles.fields.description')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            {...problemProps(
              (attempted && problems.description) || serverFields.description,
              t('adminConfig.roles.fields.descriptionHelp'),
            )}
            fullWidth
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: ROLE_DESCRIPTION_MAX } }}
          />
        </>
      )}
    </ActionFormDialog>
  );
}
