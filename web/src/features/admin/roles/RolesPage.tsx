import { useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Skeleton } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/adminConfig';
import { apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { PageHeader } from '../../../components/PageHeader';
import { RetryAlert } from '../../../components/RetryAlert';
import { RoleMatrixDocument } from '../../../graphql/generated/graphql';
import { CreateRoleDialog } from './CreateRoleDialog';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { EditRoleDialog } from './EditRoleDialog';
import { RoleMatrix } from './RoleMatrix';
import { roleErrorText } from './roleErrors';
import { roleLabel } from './roleLabel';
import { UnsavedRolesBar } from './UnsavedRolesBar';
import { type MatrixRole, useRoleDrafts } from './useRoleDrafts';

/** `/admin/roles`: the permission matrix of every role, custom roles created, renamed and deleted. */
export function RolesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RoleMatrixDocument, { fetchPolicy: 'cache-and-network' });
  const catalogueOrder = useMemo(() => data?.permissions.map((permission) => permission.key) ?? [], [data]);
  const drafts = useRoleDrafts(catalogueOrder);
  const [saveErrors, setSaveErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<MatrixRole | null>(null);
  const [deleting, setDeleting] = useState<MatrixRole | null>(null);
  const newRoleButton = useRef<HTMLButtonElement>(null);
  const roles = data?.roles ?? [];

  const rememberError = (roleId: string, text: string | null) =>
    setSaveErrors((previous) => {
      const next = new Map(previous);
      if (text) next.set(roleId, text);
      else next.delete(roleId);
      return next;
    });

  const save = async (role: MatrixRole) => {
    setNotice(null);
    const refusal = await drafts.save(role);
    rememberError(role.id, refusal ? roleErrorText(t, refusal) : null);
    if (!refusal) setNotice(t('adminConfig.roles.saved', { role: roleLabel(t, role) }));
  };

  return (
    <>
      <PageHeader
        title={t('admin.roles.title')}
        subtitle={t('admin.roles.subtitle')}
        actions={
          <Button ref={newRoleButton} variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} disabled={!data}>
            {t('adminConfig.roles.newRole')}
          </Button>
        }
      />
      {error && !data && (
        <RetryAlert message={`${t('adminConfig.loadError')} ${apiErrorText(t, apiErrorOf(error)!)}`} onRetry={() => void refetch()} />
      )}
      {/* Always in the page, so screen readers hear each confirmation. */}
      <div role="status" aria-live="polite">
        {notice && (
          <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 2 }} data-testid="roles-notice">
            {notice}
          </Alert>
        )}
      </div>
      {loading && !data && <Skeleton variant="rounded" height={480} aria-hidden="true" />}
      {data && (
        <>
          <RoleMatrix roles={roles} catalogue={data.permissions} drafts={drafts} onEdit={setEditing} onDelete={setDeleting} />
          <UnsavedRolesBar
            roles={roles}
            drafts={drafts}
            errors={saveErrors}
            onSave={(role) => void save(role)}
            onDiscard={(role) => {
              drafts.discard(role.id);
              rememberError(role.id, null);
            }}
          />
        </>
      )}
      <CreateRoleDialog
        open={creating}
        roles={roles}
        onClose={() => setCreating(false)}
        onCreated={(role) => setNotice(t('adminConfig.roles.create.created', { role: role.name }))}
      />
      <EditRoleDialog role={editing} onClose={() => setEditing(null)} />
      <DeleteRoleDialog
        role={deleting}
        roles={roles}
        onClose={() => setDeleting(null)}
        onDeleted={(role) => {
          drafts.discard(role.id);
          setNotice(t('adminConfig.roles.deleteDialog.deleted', { role: roleLabel(t, role) }));
          // Its menu button is gone with its column: once the dialog has closed, focus a control that stays.
          setTimeout(() => newRoleButton.current?.focus(), 300);
        }}
      />
    </>
  );
}
