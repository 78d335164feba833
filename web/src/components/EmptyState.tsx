import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { IconTile } from './IconTile';

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
        <IconTile size={72} radius={22} iconSize={36} sx={{ mb: 2.5 }}>
          {icon}
        </IconTile>
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
