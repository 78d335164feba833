import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { UpdateRoleDocument } from '../../../graphql/generated/graphql';
import { ActionFormDialog } from '../../inbox/components/ActionFormDialog';
import { RoleDescriptionField, RoleNameField } from './RoleTextFields';
import { roleErrorText, roleFieldErrors } from './roleErrors';
import { descriptionProblem, nameProblem } from './roleForm';
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
          <RoleNameField value={name} onChange={setName} problem={(attempted && problems.name) || serverFields.name} />
          <RoleDescriptionField
            value={description}
            onChange={setDescription}
            problem={(attempted && problems.description) || serverFields.description}
          />
        </>
      )}
    </ActionFormDialog>
  );
}
