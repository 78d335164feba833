import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** The big rounded icon above a result message (link sent, password changed, link expired). */
export function StateIcon({ children, colour }: { children: ReactNode; colour: string }) {
  return (
    <Box
      aria-hidden="true"
      sx={{
        width: 64,
        height: 64,
        borderRadius: '20px',
        display: 'grid',
        placeItems: 'center',
        bgcolor: `${colour}22`,
        color: colour,
        '& svg': { fontSize: 34 },
      }}
    >
      {children}
    </Box>
  );
}
