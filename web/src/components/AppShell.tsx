import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, Drawer, IconButton, Link, Toolbar } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Link as RouterLink } from 'react-router';
import { homePathFor } from '../features/auth/access';
import { useAuth } from '../features/auth/hooks/useAuth';
import { BrandName } from './BrandName';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavDrawerContent } from './NavDrawerContent';
import { navSectionsFor } from './navItems';
import { RouteFallback } from './RouteFallback';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 256;

const drawerPaperSx = {
  width: DRAWER_WIDTH,
  boxSizing: 'border-box',
  borderRight: '1px solid',
  borderColor: 'divider',
  bgcolor: alpha('#FFFFFF', 0.72),
  backdropFilter: 'blur(14px)',
} as const;

/** The signed-in frame: app bar (brand, language, user menu), side navigation, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [mobileOpen, setMobileOpen] = useState(false);
  if (!user) return null; // RequireAuth guards the shell; this only narrows the type.

  const sections = navSectionsFor(user);
  const navigationCount = sections.reduce((count, section) => count + section.items.length, 0);
  // A single destination (customers) needs no side navigation: the brand links home.
  const withDrawer = navigationCount > 1;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2100,
          bgcolor: 'background.paper',
          px: 2,
          py: 1,
          borderRadius: '8px',
          '&:focus': { top: 8 },
        }}
      >
        {t('common.skipToContent')}
      </Link>
      <AppBar
        position="fixed"
        elevation={0}
        color="inherit"
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          bgcolor: alpha('#FFFFFF', 0.78),
          backdropFilter: 'blur(14px)',
          borderBottom: '1px solid',
          borderColor: 'divider',
        }}
      >
        <Toolbar sx={{ gap: 1, px: { xs: 1.5, sm: 2.5 } }}>
          {withDrawer && (
            <IconButton
              edge="start"
              aria-label={t('nav.openMenu')}
              aria-expanded={mobileOpen}
              onClick={() => setMobileOpen(true)}
              sx={{ display: { md: 'none' } }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Box
            component={RouterLink}
            to={homePathFor(user)}
            aria-label={t('nav.homeOf', { name: t('app.name') })}
            sx={{ textDecoration: 'none', color: 'inherit', display: 'flex', minWidth: 0, borderRadius: '8px' }}
          >
            <BrandName compact />
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageSwitcher variant="icon" />
          <UserMenu user={user} />
        </Toolbar>
      </AppBar>

      {withDrawer && (
        <Box component="nav" aria-label={t('nav.label')} sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
          <Drawer
            variant="temporary"
            open={mobileOpen}
            onClose={() => setMobileOpen(false)}
            ModalProps={{ keepMounted: true }}
            // Shown as a modal dialog on phones (outside the <nav> above, in a portal): it needs a name of its own.
            slotProps={{ paper: { 'aria-label': t('nav.label') } }}
            sx={{
              display: { xs: 'block', md: 'none' },
              zIndex: (theme) => theme.zIndex.drawer + 2, // above the app bar
              '& .MuiDrawer-paper': { ...drawerPaperSx, bgcolor: 'background.paper' },
            }}
          >
            <Toolbar sx={{ px: 2.5 }}>
              <BrandName size={30} />
            </Toolbar>
            <NavDrawerContent sections={sections} onNavigate={() => setMobileOpen(false)} />
          </Drawer>
          <Drawer variant="permanent" open sx={{ display: { xs: 'none', md: 'block' }, '& .MuiDrawer-paper': drawerPaperSx }}>
            <Toolbar />
            <NavDrawerContent sections={sections} />
          </Drawer>
        </Box>
      )}

      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}>
        <Toolbar />
        <Box sx={{ px: { xs: 2, sm: 3, md: 4 }, py: { xs: 2.5, sm: 3, md: 4 }, maxWidth: 1280, mx: 'auto' }}>
          <Suspense fallback={<RouteFallback />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </Box>
  );
}
