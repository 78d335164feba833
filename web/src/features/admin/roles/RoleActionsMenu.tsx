import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabel } from './roleLabel';
import type { MatrixRole } from './useRoleDrafts';

interface RoleActionsMenuProps {
  role: MatrixRole;
  onEdit(): void;
  onDelete(): void;
}

/** A role's own actions: rename or describe it, and delete it (custom roles only). */
export function RoleActionsMenu({ role, onEdit, onDelete }: RoleActionsMenuProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pick = (action: () => void) => () => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('adminConfig.roles.roleActions', { role: roleLabel(t, role) })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={pick(onEdit)}>
          <ListItemIcon>
            <EditOutlinedIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('adminConfig.roles.edit')} />
        </MenuItem>
        <MenuItem onClick={pick(onDelete)} disabled={role.builtIn}>
          <ListItemIcon>
            <DeleteOutlineIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText
            primary={t('adminConfig.roles.delete')}
            secondary={role.builtIn ? t('adminConfig.roles.builtInNoDelete') : undefined}
          />
        </MenuItem>
      </Menu>
    </>
  );
}
