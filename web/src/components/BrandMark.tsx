import { Box, type SxProps, type Theme } from '@mui/material';

/** The product's chat-bubble mark (the same drawing as the favicon). */
export function BrandMark({ size = 36, sx }: { size?: number; sx?: SxProps<Theme> }) {
  return (
    <Box component="svg" viewBox="0 0 64 64" aria-hidden="true" focusable="false" sx={{ width: size, height: size, flexShrink: 0, ...sx }}>
      <defs>
        <linearGradient id="ics-mark" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#B794F4" />
          <stop offset="1" stopColor="#805AD5" />
        </linearGradient>
      </defs>
      <rect width="64" height="64" rx="16" fill="url(#ics-mark)" />
      <path d="M16 22a8 8 0 0 1 8-8h16a8 8 0 0 1 8 8v12a8 8 0 0 1-8 8H30l-9 7v-7h1a6 6 0 0 1-6-6z" fill="#fff" />
      <circle cx="26" cy="28" r="2.6" fill="#9F7AEA" />
      <circle cx="32" cy="28" r="2.6" fill="#9F7AEA" />
      <circle cx="38" cy="28" r="2.6" fill="#9F7AEA" />
    </Box>
  );
}
