import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandName } from '../../../components/BrandName';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { SUPPORT_EMAIL } from '../../../paths';
import { AuthHero } from './AuthHero';

interface AuthLayoutProps {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Links under the card ("Create an account", "Back to sign in"…). */
  footer?: ReactNode;
  /** For a page with several steps: the title takes the focus when the step changes. */
  titleRef?: Ref<HTMLHeadingElement>;
}

/** The frame of sign-in, registration and password pages: brand, language switch, a card, and a hero on wide screens. */
export function AuthLayout({ title, subtitle, children, footer, titleRef }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="header"
        sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, px: { xs: 2, sm: 4 }, py: 2 }}
      >
        <Box sx={{ display: { xs: 'flex', md: 'none' }, minWidth: 0 }}>
          <BrandName compact />
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        <LanguageSwitcher />
      </Box>
      <Box
        component="main"
        sx={{
          flexGrow: 1,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
          gap: { md: 6 },
          alignItems: 'center',
          width: '100%',
          maxWidth: 1160,
          mx: 'auto',
          px: { xs: 2, sm: 4 },
          pb: { xs: 3, md: 6 },
        }}
      >
        <Box sx={{ display: { xs: 'none', md: 'block' }, alignSelf: 'stretch', maxHeight: 680 }}>
          <AuthHero />
        </Box>
        <Box sx={{ width: '100%', maxWidth: 460, mx: 'auto' }}>
          <Card>
            <CardContent sx={{ p: { xs: 3, sm: 4.5 }, '&:last-child': { pb: { xs: 3, sm: 4.5 } } }}>
              <Typography
                variant="h5"
                component="h1"
                ref={titleRef}
                tabIndex={titleRef ? -1 : undefined}
                sx={{ fontSize: { xs: '1.45rem', sm: '1.7rem' }, outline: 'none' }}
              >
                {title}
              </Typography>
              {subtitle && (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                  {subtitle}
                </Typography>
              )}
              <Box sx={{ mt: 3 }}>{children}</Box>
            </CardContent>
          </Card>
          {footer && <Box sx={{ mt: 3, textAlign: 'center' }}>{footer}</Box>}
        </Box>
      </Box>
      <Box component="footer" sx={{ textAlign: 'center', py: 2.5, px: 2, color: 'text.secondary', typography: 'body2' }}>
        {t('auth.footer.needHelp')} <Link href={`mailto:${SUPPORT_EMAIL}`}>{t('auth.footer.contact')}</Link>
      </Box>
    </Box>
  );
}
