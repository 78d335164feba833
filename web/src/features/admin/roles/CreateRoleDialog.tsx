import { useMutation } from '@apollo/client/react';
import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { problemProps } from '../../../components/form/problemProps';
import { CreateRoleDocument, RoleMatrixDocument } from '../../../graphql/generated/graphql';
import { ActionFormDialog } from '../../inbox/components/ActionFormDialog';
import { RoleDescriptionField, RoleNameField } from './RoleTextFields';
import { roleErrorText, roleFieldErrors } from './roleErrors';
import { descriptionProblem, keyProblem, nameProblem, suggestKey } from './roleForm';
import { roleLabel } from './roleLabel';
import type { MatrixRole } from './useRoleDrafts';

interface CreateRoleDialogProps {
  open: boolean;
  roles: readonly MatrixRole[];
  onClose(): void;
  onCreated(role: MatrixRole): void;
}

/** A custom role: name, key, description, and optionally the permissions of an existing role to start from. */
export function CreateRoleDialog({ open, roles, onClose, onCreated }: CreateRoleDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyTyped, setKeyTyped] = useState(false);
  const [description, setDescription] = useState('');
  const [startFrom, setStartFrom] = useState('');
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [createRole] = useMutation(CreateRoleDocument, { refetchQueries: [RoleMatrixDocument], awaitRefetchQueries: true });

  const shownKey = keyTyped ? key : suggestKey(name);
  const problems = { name: nameProblem(t, name), key: keyProblem(t, shownKey), description: descriptionProblem(t, description) };

  const reset = () => {
    setName('');
    setKey('');
    setKeyTyped(false);
    setDescription('');
    setStartFrom('');
    setServerFields({});
  };

  const submit = async () => {
    const source = roles.find((role) => role.id === startFrom);
    try {
      const { data } = await createRole({
        variables: {
          input: { key: shownKey, name: name.trim(), description: description.trim() || null, permissions: source?.permissions ?? [] },
        },
      });
      if (data) onCreated(data.createRole);
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
      open={open}
      title={t('adminConfig.roles.create.title')}
      description={t('adminConfig.roles.create.description')}
      submitLabel={t('adminConfig.roles.create.submit')}
      submittingLabel={t('adminConfig.roles.create.submitting')}
      ready={!problems.name && !problems.key && !problems.description}
      onReset={reset}
      onSubmit={submit}
      onClose={onClose}
    >
      {(attempted) => (
        <>
          <RoleNameField value={name} onChange={setName} problem={(attempted && problems.name) || serverFields.name} />
          <TextField
            label={t('adminConfig.roles.fields.key')}
            value={shownKey}
            onChange={(event) => {
              setKeyTyped(true);
              setKey(event.target.value.toLowerCase());
            }}
            {...problemProps((attempted && problems.key) || serverFields.key, t('adminConfig.roles.fields.keyHelp'))}
            required
            fullWidth
            autoComplete="off"
            slotProps={{ htmlInput: { maxLength: 32, spellCheck: false, autoCapitalize: 'none' } }}
          />
          <RoleDescriptionField
            value={description}
            onChange={setDescription}
            problem={(attempted && problems.description) || serverFields.description}
          />
          <TextField
            select
            label={t('adminConfig.roles.fields.startFrom')}
            value={startFrom}
            onChange={(event) => setStartFrom(event.target.value)}
            helperText={t('adminConfig.roles.fields.startFromHelp')}
            fullWidth
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t('adminConfig.roles.fields.startFromNone')}</MenuItem>
            {roles.map((role) => (
              <MenuItem key={role.id} value={role.id}>
                {roleLabel(t, role)}
              </MenuItem>
            ))}
          </TextField>
        </>
      )}
    </ActionFormDialog>
  );
}
