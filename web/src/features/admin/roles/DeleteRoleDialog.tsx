import { useMutation, useQuery } from '@apollo/client/react';
import { MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { problemProps } from '../../../components/form/problemProps';
import { DeleteRoleDocument, RoleHolderCountDocument, RoleMatrixDocument } from '../../../graphql/generated/graphql';
import { ActionFormDialog } from '../../inbox/components/ActionFormDialog';
import { roleErrorText, roleFieldErrors } from './roleErrors';
import { roleLabel } from './roleLabel';
import type { MatrixRole } from './useRoleDrafts';

interface DeleteRoleDialogProps {
  role: MatrixRole | null;
  roles: readonly MatrixRole[];
  onClose(): void;
  onDeleted(role: MatrixRole): void;
}

/**
 * Deletes a custom role. When people hold it, they must move to another role, chosen here; the number of
 * holders is read when the dialog opens (the server checks again, and says so if it changed meanwhile).
 */
export function DeleteRoleDialog({ role, roles, onClose, onDeleted }: DeleteRoleDialogProps) {
  const { t } = useTranslation();
  const [moveTo, setMoveTo] = useState('');
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const holders = useQuery(RoleHolderCountDocument, {
    variables: { role: role?.key ?? '' },
    skip: !role,
    fetchPolicy: 'network-only',
  });
  const [deleteRole] = useMutation(DeleteRoleDocument, { refetchQueries: [RoleMatrixDocument], awaitRefetchQueries: true });
  // Unknown (still counting, or not allowed to read people): offer the choice anyway, the server decides.
  const count = holders.data?.users.totalCount;
  const needsTarget = count === undefined || count > 0;
  const targets = roles.filter((other) => other.id !== role?.id);
  const moveProblem = count !== undefined && count > 0 && !moveTo ? t('adminConfig.roles.errors.moveToRequired') : null;

  const submit = async () => {
    if (!role) return null;
    try {
      await deleteRole({ variables: { id: role.id, moveToRoleId: moveTo || null } });
      onDeleted(role);
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
      title={t('adminConfig.roles.deleteDialog.title', { role: role ? roleLabel(t, role) : '' })}
      description={t('adminConfig.roles.deleteDialog.description')}
      submitLabel={t('adminConfig.roles.deleteDialog.submit')}
      submittingLabel={t('adminConfig.roles.deleteDialog.submitting')}
      ready={!moveProblem && !holders.loading}
      onReset={() => {
        setMoveTo('');
        setServerFields({});
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      {(attempted) =>
        holders.loading ? (
          <Typography color="text.secondary">{t('adminConfig.roles.deleteDialog.counting')}</Typography>
        ) : needsTarget ? (
          <TextField
            select
            label={t('adminConfig.roles.fields.moveTo')}
            value={moveTo}
            onChange={(event) => setMoveTo(event.target.value)}
            {...problemProps(
              (attempted && moveProblem) || serverFields.moveToRoleId,
              count === undefined ? ' ' : t('adminConfig.roles.fields.moveToHelp', { count }),
            )}
            required={count !== undefined}
            fullWidth
          >
            {targets.map((target) => (
              <MenuItem key={target.id} value={target.id}>
                {roleLabel(t, target)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <Typography>{t('adminConfig.roles.deleteDialog.noHolders')}</Typography>
        )
      }
    </ActionFormDialog>
  );
}
