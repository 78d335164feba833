import { Avatar } from '@mui/material';

const COLOURS = ['#9F7AEA', '#4299E1', '#38B2AC', '#ED8936', '#E53E3E', '#D53F8C', '#667EEA', '#48BB78'];

/** Initials of a name ("Ada Admin" → "AA", "王小明" → "小明"). */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/[\u3400-\u9fff]/.test(trimmed)) return trimmed.length > 2 ? trimmed.slice(-2) : trimmed;
  const words = trimmed.split(/\s+/);
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : trimmed.slice(0, 2)).toUpperCase();
}

function colourOf(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

/** A round avatar with the person's initials on a colour derived from their id. */
export function UserAvatar({ name, seed, size = 36 }: { name: string; seed: string; size?: number }) {
  const initials = initialsOf(name);
  return (
    <Avatar
      aria-hidden="true"
      sx={{ width: size, height: size, bgcolor: colourOf(seed), fontSize: size * (initials.length > 1 ? 0.38 : 0.46), fontWeight: 700 }}
    >
      {initials}
    </Avatar>
  );
}
