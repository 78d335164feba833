import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A label on the left and its value on the right, wrapping on narrow screens. `labelId` names a control given as the value. */
export function DetailRow({ label, value, labelId }: { label: ReactNode; value: ReactNode; labelId?: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, py: 1.25 }}>
      <Typography id={labelId} color="text.secondary" sx={{ flexShrink: 0 }}>
        {label}
      </Typography>
      <Typography component="div" sx={{ fontWeight: 500, textAlign: 'right', minWidth: 0, overflowWrap: 'anywhere' }}>
        {value}
      </Typography>
    </Box>
  );
}
