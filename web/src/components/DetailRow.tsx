import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A label on the left and its value on the right, wrapping on narrow screens. */
export function DetailRow({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, py: 1.25 }}>
      <Typography color="text.secondary" sx={{ flexShrink: 0 }}>
        {label}
      </Typography>
      <Typography component="div" sx={{ fontWeight: 500, textAlign: 'right', minWidth: 0, overflowWrap: 'anywhere' }}>
        {value}
      </Typography>
    </Box>
  );
}
