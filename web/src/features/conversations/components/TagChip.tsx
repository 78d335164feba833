import { Box, Chip } from '@mui/material';

/** A tag: its colour as a dot, its name in dark text (readable whatever the colour). */
export function TagChip({ name, colour }: { name: string; colour: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      label={name}
      icon={
        <Box
          component="span"
          aria-hidden="true"
          sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: colour, ml: '8px !important' }}
        />
      }
      sx={{ color: 'text.primary', maxWidth: '100%' }}
    />
  );
}
