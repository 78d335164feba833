import { Box, Checkbox, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleName } from '../../../components/RoleName';
import { toSupportedLanguage } from '../../../i18n';
import { type CataloguePermission, groupByArea, permissionText } from './permissionCatalogue';
import { RoleActionsMenu } from './RoleActionsMenu';
import { roleLabel } from './roleLabel';
import type { MatrixRole, RoleDrafts } from './useRoleDrafts';

interface RoleMatrixProps {
  roles: readonly MatrixRole[];
  catalogue: readonly CataloguePermission[];
  drafts: RoleDrafts;
  onEdit(role: MatrixRole): void;
  onDelete(role: MatrixRole): void;
}

/** The first column stays put while the roles scroll sideways (a phone shows one or two roles at a time). */
const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 2,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
  minWidth: { xs: 150, sm: 240 },
  maxWidth: { xs: 170, sm: 320 },
} as const;

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/**
 * Roles as columns, the catalogue's permissions as rows grouped by area, a checkbox where they meet. Ticks are
 * drafts of their role until it is saved (see useRoleDrafts). A real table: screen readers announce the
 * permission and the role of each box, and the area headings name their rows.
 */
export function RoleMatrix({ roles, catalogue, drafts, onEdit, onDelete }: RoleMatrixProps) {
  const { t, i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.language);
  const captionId = useId();

  return (
    <TableContainer
      // Scrolls sideways on its own: focusable, so keyboard users can scroll it too.
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
      data-testid="role-matrix"
      // Its width never comes from the table: the roles scroll inside it instead of widening the page.
      sx={{ overflowX: 'auto', contain: 'inline-size', bgcolor: 'background.paper', borderRadius: 3, border: 1, borderColor: 'divider' }}
    >
      <Table size="small" sx={{ borderCollapse: 'separate' }}>
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px', color: 'inherit' }}>
          {t('adminConfig.roles.matrixCaption')}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={{ ...STICKY, zIndex: 3, verticalAlign: 'bottom' }}>
              {t('adminConfig.roles.permission')}
            </TableCell>
            {roles.map((role) => {
              const draft = drafts.draftOf(role);
              return (
                <TableCell
                  key={role.id}
                  component="th"
                  scope="col"
                  align="center"
                  data-testid="role-column"
                  data-role-key={role.key}
                  sx={{ minWidth: 128, maxWidth: 180, verticalAlign: 'bottom' }}
                >
                  <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 0.25 }}>
                    <Tooltip title={role.description ?? ''}>
                      <Typography component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                        <RoleName role={role} />
                      </Typography>
                    </Tooltip>
                    <RoleActionsMenu role={role} onEdit={() => onEdit(role)} onDelete={() => onDelete(role)} />
                  </Box>
                  <Typography component="span" variant="caption" sx={{ display: 'block', fontFamily: MONO, color: 'text.secondary' }}>
                    {role.key}
                  </Typography>
                  <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'center', flexWrap: 'wrap', mt: 0.5 }}>
                    {role.builtIn && <Chip size="small" variant="outlined" label={t('adminConfig.roles.builtIn')} />}
                    {draft && <Chip size="small" color="warning" label={t('adminConfig.roles.changes', { count: draft.changes })} />}
                  </Box>
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        {groupByArea(catalogue).map(({ area, permissions }) => {
          const areaName = t(`adminConfig.roles.areas.${area}` as 'adminConfig.roles.areas.other', { defaultValue: area });
          return (
            <TableBody key={area}>
              <TableRow>
                <TableCell component="th" scope="rowgroup" colSpan={roles.length + 1} sx={{ bgcolor: 'action.hover', py: 0.75 }}>
                  {/* Sticky inside the wide cell, so the area's name stays in view while scrolling sideways. */}
                  <Box component="span" sx={{ position: 'sticky', left: 16, fontWeight: 700 }}>
                    {areaName}
                  </Box>
                </TableCell>
              </TableRow>
              {permissions.map((permission) => {
                const label = permissionText(permission, language);
                return (
                  <TableRow key={permission.key} hover data-testid="permission-row" data-permission={permission.key}>
                    <TableCell component="th" scope="row" sx={STICKY}>
                      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                        {label}
                      </Typography>
                      <Typography
                        component="span"
                        variant="caption"
                        sx={{ fontFamily: MONO, color: 'text.secondary', overflowWrap: 'anywhere' }}
                      >
                        {permission.key}
                      </Typography>
                    </TableCell>
                    {roles.map((role) => (
                      <TableCell key={role.id} align="center" padding="checkbox">
                        <Checkbox
                          checked={drafts.granted(role, permission.key)}
                          onChange={() => drafts.toggle(role, permission.key)}
                          disabled={drafts.savingId === role.id}
                          slotProps={{
                            input: {
                              'aria-label': t('adminConfig.roles.grant', {
                                permission: label,
                                role: roleLabel(t, role),
                              }),
                            },
                          }}
                        />
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          );
        })}
      </Table>
    </TableContainer>
  );
}
