import { Box } from '@mui/material';
import { useMemo } from 'react';
import { encode } from 'uqr';

/** One square per dark module, as a single SVG path: crisp at any size, no canvas (and no inline HTML). */
function pathOf(modules: boolean[][]): string {
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/** `text` as a QR code, drawn as inline SVG; `label` is its accessible name (say what scanning it does). */
export function QrCode({ text, label, size = 196 }: { text: string; label: string; size?: number }) {
  // A quiet zone of 4 modules, as scanners expect; medium error correction survives a glare on the screen.
  const { data, size: modules } = useMemo(() => encode(text, { ecc: 'M', border: 4 }), [text]);
  return (
    <Box
      component="svg"
      role="img"
      aria-label={label}
      data-testid="two-factor-qr"
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      sx={{ width: size, height: size, maxWidth: '100%', display: 'block', bgcolor: '#FFFFFF', borderRadius: '8px' }}
    >
      <path d={pathOf(data)} fill="#000000" />
    </Box>
  );
}
