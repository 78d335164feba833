import { Box, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { SOFT_TILE_GRADIENT } from '../theme';

interface IconTileProps {
  children: ReactNode;
  /** Width and height in pixels. */
  size?: number;
  radius?: number;
  /** Font size of the icon inside; the icon's own size when omitted. */
  iconSize?: number;
  colour?: string;
  background?: string;
  sx?: SxProps<Theme>;
}

/** A decorative rounded tile with an icon centred in it (empty states, status pages, results, the hero). */
export function IconTile({
  children,
  size = 64,
  radius = 20,
  iconSize,
  colour = '#6B46C1',
  background = SOFT_TILE_GRADIENT,
  sx = [],
}: IconTileProps) {
  return (
    <Box
      aria-hidden="true"
      sx={[
        {
          width: size,
          height: size,
          borderRadius: `${radius}px`,
          flexShrink: 0,
          display: 'grid',
          placeItems: 'center',
          color: colour,
          background,
          ...(iconSize ? { '& svg': { fontSize: iconSize } } : {}),
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </Box>
  );
}
