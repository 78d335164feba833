import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import { Box, Link, List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { SUPPORT_EMAIL } from '../paths';
import { BRAND_PRIMARY, BRAND_TEXT } from '../theme';
import type { NavSection } from './navItems';

/** The links of the side navigation, grouped, with a help card at the bottom. */
export function NavDrawerContent({ sections, onNavigate }: { sections: NavSection[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', px: 1.5, pb: 2 }}>
      {sections.map((section) => (
        <List
          key={section.title}
          dense
          subheader={
            <ListSubheader
              disableSticky
              sx={{
                bgcolor: 'transparent',
                lineHeight: '32px',
                mt: 1.5,
                fontSize: '0.72rem',
                letterSpacing: '0.08em',
                textTransform: 'uppercase',
              }}
            >
              {t(section.title)}
            </ListSubheader>
          }
        >
          {section.items.map((item) => {
            const selected = pathname === item.to || pathname.startsWith(`${item.to}/`);
            return (
              // Each link in its own <li>: a list holds list items only.
              <ListItem key={item.to} disablePadding sx={{ mb: 0.25 }}>
                <ListItemButton component={NavLink} to={item.to} selected={selected} onClick={onNavigate} sx={{ py: 0.9 }}>
                  <ListItemIcon sx={{ minWidth: 38 }}>{item.icon}</ListItemIcon>
                  <ListItemText
                    primary={t(item.label)}
                    slotProps={{ primary: { sx: { fontWeight: selected ? 700 : 500, fontSize: '0.95rem' } } }}
                  />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      ))}
      <Box sx={{ flexGrow: 1 }} />
      <Box sx={{ mt: 3, p: 2, borderRadius: '14px', bgcolor: alpha(BRAND_PRIMARY, 0.08), display: 'flex', gap: 1.5 }}>
        <HelpOutlineIcon sx={{ color: BRAND_TEXT }} aria-hidden="true" />
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('nav.help.title')}
          </Typography>
          <Link variant="body2" href={`mailto:${SUPPORT_EMAIL}`}>
            {t('nav.help.contact')}
          </Link>
        </Box>
      </Box>
    </Box>
  );
}
