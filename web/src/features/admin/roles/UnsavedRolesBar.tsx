import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { roleLabel } from './roleLabel';
import type { MatrixRole, RoleDrafts } from './useRoleDrafts';

interface UnsavedRolesBarProps {
  roles: readonly MatrixRole[];
  drafts: RoleDrafts;
  /** The last refusal per role, in words. */
  errors: ReadonlyMap<string, string>;
  onSave(role: MatrixRole): void;
  onDiscard(role: MatrixRole): void;
}

/**
 * Pinned to the bottom of the window while some role has unsaved ticks: one line per such role with its
 * number of changes, Discard and Save, so each role is saved (or not) on its own.
 */
export function UnsavedRolesBar({ roles, drafts, errors, onSave, onDiscard }: UnsavedRolesBarProps) {
  const { t } = useTranslation();
  const changed = roles.flatMap((role) => {
    const draft = drafts.draftOf(role);
    return draft ? [{ role, draft }] : [];
  });
  if (changed.length === 0) return null;
  return (
    <Paper
      elevation={6}
      component="section"
      aria-label={t('adminConfig.roles.unsavedWarning')}
      data-testid="unsaved-roles"
      sx={{ position: 'sticky', bottom: 16, zIndex: 4, mt: 2, p: 2, borderRadius: 3 }}
    >
      <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
        {t('adminConfig.roles.unsavedWarning')}
      </Typography>
      <Stack spacing={1.5}>
        {changed.map(({ role, draft }) => {
          const name = roleLabel(t, role);
          const error = errors.get(role.id);
          return (
            <Box key={role.id} data-testid="unsaved-role" data-role-key={role.key}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography sx={{ flex: '1 1 8rem', minWidth: 0, overflowWrap: 'anywhere' }}>
                  <strong>{name}</strong> · {t('adminConfig.roles.changes', { count: draft.changes })}
                </Typography>
                <Button
                  onClick={() => onDiscard(role)}
                  disabled={drafts.savingId === role.id}
                  aria-label={t('adminConfig.roles.discardRole', { role: name })}
                >
                  {t('adminConfig.discard')}
                </Button>
                <SubmitButton
                  type="button"
                  size="medium"
                  loading={drafts.savingId === role.id}
                  label={t('adminConfig.save')}
                  loadingLabel={t('adminConfig.saving')}
                  aria-label={t('adminConfig.roles.saveRole', { role: name })}
                  onClick={() => onSave(role)}
                />
              </Box>
              {error && (
                <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                  {error}
                </Alert>
              )}
            </Box>
          );
        })}
      </Stack>
    </Paper>
  );
}
