import { Box, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RoleName } from '../../../components/RoleName';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { UserActionsButton, UserIdentity, UserLastSeen, UserLoad, UserStatusChip, UserTeams } from './UserFacts';
import type { AdminUser } from './useUserList';

export interface UserRowsProps {
  users: readonly AdminUser[];
  viewerId: string | undefined;
  /** The open actions menu: whose, and its id. */
  menu: { userId: string; id: string } | null;
  onOpenMenu(anchor: HTMLElement, user: AdminUser): void;
}

const menuIdFor = (menu: UserRowsProps['menu'], user: AdminUser) => (menu?.userId === user.id ? menu.id : null);

/** People as a table, on screens wide enough for its columns. */
export function UserTable({ users, viewerId, menu, onOpenMenu }: UserRowsProps) {
  const { t } = useTranslation();
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ borderRadius: '14px' }}>
      <Table aria-label={t('adminPeople.users.table.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('adminPeople.users.table.name')}</TableCell>
            <TableCell>{t('adminPeople.users.table.role')}</TableCell>
            <TableCell>{t('adminPeople.users.table.teams')}</TableCell>
            <TableCell>{t('adminPeople.users.table.status')}</TableCell>
            <TableCell>{t('adminPeople.users.table.load')}</TableCell>
            <TableCell>{t('adminPeople.users.table.lastSeen')}</TableCell>
            <TableCell align="right" sx={{ position: 'relative' }}>
              <VisuallyHidden>{t('adminPeople.users.table.actions')}</VisuallyHidden>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id} data-testid="user-row" data-active={user.active}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                <UserIdentity user={user} isViewer={user.id === viewerId} />
              </TableCell>
              <TableCell>
                <RoleName role={user.role} />
              </TableCell>
              <TableCell>
                <UserTeams user={user} />
              </TableCell>
              <TableCell>
                <UserStatusChip user={user} />
              </TableCell>
              <TableCell>
                <UserLoad user={user} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <UserLastSeen user={user} />
              </TableCell>
              <TableCell align="right" padding="checkbox">
                <UserActionsButton user={user} menuId={menuIdFor(menu, user)} onOpen={onOpenMenu} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** People as cards, one under the other, on a phone: the same facts and menu as the table. */
export function UserCards({ users, viewerId, menu, onOpenMenu }: UserRowsProps) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" spacing={1.5} aria-label={t('adminPeople.users.table.label')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {users.map((user) => (
        <Box
          component="li"
          key={user.id}
          data-testid="user-row"
          data-active={user.active}
          sx={{ p: 2, borderRadius: '14px', border: '1px solid', borderColor: 'divider', bgcolor: 'background.paper' }}
        >
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <UserIdentity user={user} isViewer={user.id === viewerId} />
            </Box>
            <UserActionsButton user={user} menuId={menuIdFor(menu, user)} onOpen={onOpenMenu} />
          </Box>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: 'auto minmax(0, 1fr)',
              columnGap: 1.5,
              rowGap: 0.75,
              alignItems: 'center',
              m: 0,
              mt: 1.5,
              typography: 'body2',
              '& dt': { color: 'text.secondary' },
              '& dd': { m: 0, position: 'relative' },
            }}
          >
            <dt>{t('adminPeople.users.table.role')}</dt>
            <dd>
              <RoleName role={user.role} />
            </dd>
            <dt>{t('adminPeople.users.table.teams')}</dt>
            <dd>
              <UserTeams user={user} />
            </dd>
            <dt>{t('adminPeople.users.table.status')}</dt>
            <dd>
              <UserStatusChip user={user} />
            </dd>
            <dt>{t('adminPeople.users.table.load')}</dt>
            <dd>
              <UserLoad user={user} />
            </dd>
            <dt>{t('adminPeople.users.table.lastSeen')}</dt>
            <dd>
              <UserLastSeen user={user} />
            </dd>
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
