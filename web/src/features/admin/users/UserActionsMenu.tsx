import BlockIcon from '@mui/icons-material/Block';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockResetIcon from '@mui/icons-material/LockReset';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from './useUserList';

export type UserAction = 'edit' | 'reset' | 'deactivate' | 'reactivate';

interface UserActionsMenuProps {
  id: string;
  anchor: HTMLElement | null;
  open: boolean;
  user: AdminUser | null;
  viewerId: string | undefined;
  onChoose(action: UserAction, user: AdminUser): void;
  onClose(): void;
}

/**
 * What an administrator can do to one person. A reset link only reaches an active account, and nobody can
 * deactivate themselves (the server refuses both; the menu does not offer them).
 */
export function UserActionsMenu({ id, anchor, open, user, viewerId, onChoose, onClose }: UserActionsMenuProps) {
  const { t } = useTranslation();
  const items: Array<{ action: UserAction; label: string; icon: ReactElement }> = [];
  if (user) {
    items.push({ action: 'edit', label: t('adminPeople.users.menu.edit'), icon: <EditOutlinedIcon fontSize="small" /> });
    if (user.active) items.push({ action: 'reset', label: t('adminPeople.users.menu.reset'), icon: <LockResetIcon fontSize="small" /> });
    if (user.active && user.id !== viewerId) {
      items.push({ action: 'deactivate', label: t('adminPeople.users.menu.deactivate'), icon: <BlockIcon fontSize="small" /> });
    }
    if (!user.active) {
      items.push({ action: 'reactivate', label: t('adminPeople.users.menu.reactivate'), icon: <RestartAltIcon fontSize="small" /> });
    }
  }
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={open && !!anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ list: { 'aria-label': user ? t('adminPeople.users.actionsFor', { name: user.displayName }) : undefined } }}
    >
      {items.map((item) => (
        <MenuItem
          key={item.action}
          onClick={() => user && onChoose(item.action, user)}
          sx={item.action === 'deactivate' ? { color: 'error.main' } : undefined}
        >
          <ListItemIcon aria-hidden="true" sx={item.action === 'deactivate' ? { color: 'error.main' } : undefined}>
            {item.icon}
          </ListItemIcon>
          <ListItemText primary={item.label} />
        </MenuItem>
      ))}
    </Menu>
  );
}
