import { Box, Card, CardContent, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { BRAND_PRIMARY } from '../theme';

interface EmptyStateProps {
  icon: ReactNode;
  title: ReactNode;
  description: ReactNode;
  action?: ReactNode;
  /** Extra content under the action, such as a list of what will appear here. */
  children?: ReactNode;
}

/** A friendly card for a list or area that has nothing in it yet. */
export function EmptyState({ icon, title, description, action, children }: EmptyStateProps) {
  return (
    <Card>
      <CardContent sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Box
          aria-hidden="true"
          sx={{
            width: 72,
            height: 72,
            borderRadius: '22px',
            display: 'grid',
            placeItems: 'center',
            mb: 2.5,
            color: '#6B46C1',
            background: `linear-gradient(135deg, ${alpha('#90CDF4', 0.35)} 0%, ${alpha(BRAND_PRIMARY, 0.28)} 100%)`,
            '& svg': { fontSize: 36 },
          }}
        >
          {icon}
        </Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
          {description}
        </Typography>
        {action && <Box sx={{ mt: 3 }}>{action}</Box>}
        {children}
      </CardContent>
    </Card>
  );
}
