import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One headline figure of the dashboard. */
export function MetricCard({ icon, label, value, hint }: { icon: ReactNode; label: ReactNode; value: ReactNode; hint?: ReactNode }) {
  return (
    <Card>
      <CardContent sx={{ p: 2.5, '&:last-child': { pb: 2.5 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, color: 'text.secondary', mb: 1.5 }}>
          <Box aria-hidden="true" sx={{ display: 'flex', color: '#6B46C1' }}>
            {icon}
          </Box>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
        </Box>
        <Typography sx={{ fontSize: '1.9rem', fontWeight: 800, lineHeight: 1.1 }}>{value}</Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {hint}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
