import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Text for screen readers only (it takes no room on screen). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      sx={{
        position: 'absolute',
        // Pinned to its containing block: left where the text ends, it could stick out of the page.
        top: 0,
        left: 0,
        width: '1px',
        height: '1px',
        p: 0,
        m: '-1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
        border: 0,
      }}
    >
      {children}
    </Box>
  );
}
