import { Box } from '@mui/material';

/** The unread marker's dot; the words go beside it for screen readers. */
export function UnreadDot() {
  return <Box component="span" aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: '#6B46C1', flexShrink: 0 }} />;
}
