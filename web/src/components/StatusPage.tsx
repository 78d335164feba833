import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { BRAND_ACCENT_GRADIENT } from '../theme';
import { BrandName } from './BrandName';
import { IconTile } from './IconTile';

interface StatusPageProps {
  /** The big number, e.g. 404. */
  code?: string;
  /** Shown instead of a code, in a soft tile. */
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  /** Extra content between the description and the links (e.g. a retry button or details). */
  children?: ReactNode;
  links: ReactNode;
  /** Inside the app shell the page needs no brand header and less height. */
  embedded?: boolean;
}

/** The frame of the 404, 403 and 500 pages: a friendly card with a way out. */
export function StatusPage({ code, icon, title, description, children, links, embedded = false }: StatusPageProps) {
  return (
    <Box
      component={embedded ? 'div' : 'main'}
      sx={{
        minHeight: embedded ? 'auto' : '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        px: 2,
        py: embedded ? 4 : 6,
        gap: 4,
      }}
    >
      {!embedded && <BrandName />}
      <Card sx={{ width: '100%', maxWidth: 560 }}>
        <CardContent sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
          {icon ? (
            <IconTile size={88} radius={26} iconSize={44} sx={{ mx: 'auto', mb: 3 }}>
              {icon}
            </IconTile>
          ) : (
            <Typography
              aria-hidden="true"
              sx={{
                fontSize: { xs: '4.5rem', sm: '6rem' },
                fontWeight: 800,
                lineHeight: 1,
                letterSpacing: '-0.04em',
                background: BRAND_ACCENT_GRADIENT,
                backgroundClip: 'text',
                WebkitBackgroundClip: 'text',
                color: 'transparent',
                mb: 2,
              }}
            >
              {code}
            </Typography>
          )}
          <Typography variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {description}
          </Typography>
          {children}
          <Stack sx={{ mt: children ? 3 : 0 }}>{links}</Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
