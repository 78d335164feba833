import { Avatar } from '@mui/material';

const COLOURS = ['#9F7AEA', '#4299E1', '#38B2AC', '#ED8936', '#E53E3E', '#D53F8C', '#667EEA', '#48BB78'];

/** Initials of a name ("Ada Admin" → "AA", "王小明" → "小明", "王小明 Wang" → "王W"). */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  // A Chinese name alone goes by its given name, the last two characters.
  if (/^[\u3400-\u9fff]+$/.test(trimmed)) return trimmed.slice(-2);
  const words = Array.from(trimmed.split(/\s+/), (word) => Array.from(word));
  const first = words[0];
  const last = words[words.length - 1];
  return (words.length > 1 ? first[0] + last[0] : first.slice(0, 2).join('')).toUpperCase();
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
