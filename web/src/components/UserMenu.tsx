import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import { Box, ButtonBase, Chip, Divider, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SessionUser } from '../apollo/sessionStore';
import { useAuth } from '../features/auth/hooks/useAuth';
import { paths } from '../paths';
import { RoleName } from './RoleName';
import { UserAvatar } from './UserAvatar';

/** The avatar button in the app bar: who is signed in, the account page, and sign out. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();

  const handleSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      setAnchor(null);
    }
  };

  return (
    <>
      <ButtonBase
        aria-label={t('userMenu.open', { name: user.displayName })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="user-menu"
        sx={{ borderRadius: 999, p: 0.5, pr: { xs: 0.5, sm: 1.5 }, gap: 1, '&:hover': { bgcolor: 'action.hover' } }}
      >
        <UserAvatar name={user.displayName} seed={user.id} size={34} />
        <Typography
          component="span"
          sx={{
            display: { xs: 'none', sm: 'block' },
            fontWeight: 600,
            maxWidth: 160,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {user.displayName}
        </Typography>
      </ButtonBase>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { minWidth: 260, maxWidth: 'calc(100vw - 24px)', mt: 1 } } }}
      >
        <Box sx={{ px: 2, pt: 1.5, pb: 1.5, display: 'flex', gap: 1.5, alignItems: 'center' }}>
          <UserAvatar name={user.displayName} seed={user.id} size={42} />
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 700 }} noWrap>
              {user.displayName}
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {user.email}
            </Typography>
            <Chip size="small" label={<RoleName role={user.role} />} sx={{ mt: 0.75, height: 22 }} />
          </Box>
        </Box>
        <Divider />
        <MenuItem component={RouterLink} to={paths.account} onClick={() => setAnchor(null)}>
          <ListItemIcon>
            <AccountCircleOutlinedIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('common.account')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={handleSignOut} disabled={signingOut}>
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('common.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
