import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import LoginIcon from '@mui/icons-material/Login';
import MailOutlineIcon from '@mui/icons-material/MailOutlineOutlined';
import { Button, Stack } from '@mui/material';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { AuthContext } from '../features/auth/AuthContext';
import { homePathFor } from '../features/auth/access';
import { paths, SUPPORT_EMAIL } from '../paths';

/**
 * Ways out of an error page: home (the role's home when signed in), sign in (when not), and mail to support.
 * `routerLinks` is false outside the router (the top-level error boundary), where plain links are used.
 */
export function HelpLinks({ routerLinks = true }: { routerLinks?: boolean }) {
  const { t } = useTranslation();
  const user = useContext(AuthContext)?.user ?? null;
  const home = user ? homePathFor(user) : paths.home;
  const linkProps = (to: string) => (routerLinks ? { component: RouterLink, to } : { href: to });

  return (
    <Stack
      component="nav"
      aria-label={t('errors.helpLinks')}
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1.5}
      sx={{ justifyContent: 'center', alignItems: 'stretch' }}
    >
      <Button variant="contained" size="large" startIcon={<HomeOutlinedIcon />} {...linkProps(home)}>
        {t('errors.goHome')}
      </Button>
      {!user && (
        <Button variant="outlined" size="large" startIcon={<LoginIcon />} {...linkProps(paths.signIn)}>
          {t('common.signIn')}
        </Button>
      )}
      <Button variant="text" size="large" startIcon={<MailOutlineIcon />} href={`mailto:${SUPPORT_EMAIL}`}>
        {t('errors.contactSupport')}
      </Button>
    </Stack>
  );
}
