import '../../../i18n/adminPeople';
import PersonAddAltOutlinedIcon from '@mui/icons-material/PersonAddAltOutlined';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { Alert, Box, Button, Skeleton, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../auth/hooks/useAuth';
import { ConfirmDialog } from '../people/ConfirmDialog';
import { Notice } from '../people/Notice';
import { LoadMoreUsers } from './LoadMoreUsers';
import { PersonFormDialog, type PersonFormTarget } from './PersonFormDialog';
import { type UserAction, UserActionsMenu } from './UserActionsMenu';
import { actionsButtonId } from './UserFacts';
import { NO_FILTER, toUserFilter, type UserFilterState, UserFilters } from './UserFilters';
import { UserCards, UserTable } from './UserTable';
import { usePeopleChoices } from './usePeopleChoices';
import { useUserActions } from './useUserActions';
import { type AdminUser, useUserList } from './useUserList';

/** `/admin/users`: the people of the desk, to find, add, edit, deactivate and reactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const { user: viewer } = useAuth();
  const menuId = useId();
  const [filters, setFilters] = useState<UserFilterState>(NO_FILTER);
  const filter = useMemo(() => toUserFilter(filters), [filters]);
  const list = useUserList(filter);
  const { roles, teams } = usePeopleChoices();
  const [notice, setNotice] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; user: AdminUser } | null>(null);
  // Kept while the menu fades out, so it keeps its place and items.
  const [menuOpen, setMenuOpen] = useState(false);
  const [form, setForm] = useState<PersonFormTarget | null>(null);
  const confirm = useUserActions(setNotice);

  // After a dialog about someone, focus goes back to their actions button (the menu item that opened it is gone).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const returnFocus = useCallback(() => {
    if (focusAfter) document.getElementById(actionsButtonId(focusAfter))?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const choose = (action: UserAction, user: AdminUser) => {
    setMenuOpen(false);
    setFocusAfter(user.id);
    if (action === 'edit') setForm({ kind: 'edit', user });
    else confirm.ask(action, user);
  };

  const rows = { users: list.users, viewerId: viewer?.id, menu: menu && menuOpen ? { userId: menu.user.id, id: menuId } : null };
  const openMenu = (anchor: HTMLElement, user: AdminUser) => {
    setMenu({ anchor, user });
    setMenuOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('adminPeople.users.title')}
        subtitle={t('adminPeople.users.subtitle')}
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddAltOutlinedIcon />}
            onClick={() => setForm({ kind: 'add' })}
            data-testid="add-person"
          >
            {t('adminPeople.users.add')}
          </Button>
        }
      />
      <Notice message={notice} onDismiss={() => setNotice(null)} />
      <UserFilters state={filters} roles={roles} teams={teams} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} />
      <Box aria-busy={list.refreshing || undefined}>
        {list.users.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="user-count">
            {t('adminPeople.users.count', { count: list.total })}
          </Typography>
        )}
        {list.loading ? (
          <Stack spacing={1} aria-busy="true">
            <Skeleton variant="rounded" height={64} />
            <Skeleton variant="rounded" height={64} />
            <Skeleton variant="rounded" height={64} />
          </Stack>
        ) : list.error ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={list.reload}>
                {t('common.retry')}
              </Button>
            }
          >
            {t('adminPeople.users.loadError')}
          </Alert>
        ) : list.users.length === 0 ? (
          <EmptyState
            icon={<PersonSearchOutlinedIcon />}
            title={t('adminPeople.users.empty.title')}
            description={t('adminPeople.users.empty.description')}
          />
        ) : (
          <>
            {wide ? <UserTable {...rows} onOpenMenu={openMenu} /> : <UserCards {...rows} onOpenMenu={openMenu} />}
            <LoadMoreUsers list={list} />
          </>
        )}
      </Box>
      <UserActionsMenu
        id={menuId}
        anchor={menu?.anchor ?? null}
        open={menuOpen}
        user={menu?.user ?? null}
        viewerId={viewer?.id}
        onChoose={choose}
        onClose={() => setMenuOpen(false)}
      />
      <PersonFormDialog target={form} roles={roles} teams={teams} onClose={() => setForm(null)} onDone={setNotice} onExited={returnFocus} />
      <ConfirmDialog request={confirm.request} onClose={confirm.close} onExited={returnFocus} />
    </>
  );
}
