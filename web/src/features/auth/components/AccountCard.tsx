import { Box, Card, CardContent, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';

interface AccountCardProps {
  title: ReactNode;
  description?: ReactNode;
  /** Beside the title, e.g. the card's main button; wraps under it on narrow screens. */
  action?: ReactNode;
  /** Receives the heading's id, for `aria-labelledby` on a form or group inside. */
  children: ReactNode | ((headingId: string) => ReactNode);
  'data-testid'?: string;
}

/** A section of the account page: a heading, what it is for, and its content. */
export function AccountCard({ title, description, action, children, 'data-testid': testId }: AccountCardProps) {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} data-testid={testId}>
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: 2, rowGap: 1.5 }}>
          <Typography variant="h6" component="h2" id={headingId}>
            {title}
          </Typography>
          {action}
        </Box>
        {description && (
          <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2.5 }}>
            {description}
          </Typography>
        )}
        {typeof children === 'function' ? children(headingId) : children}
      </CardContent>
    </Card>
  );
}
