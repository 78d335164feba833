import { Avatar } from '@mui/material';

/** Purple, blue, teal, orange, red, pink, indigo, green: each deep enough for white initials (4.5:1 and up). */
const COLOURS = ['#805AD5', '#2B6CB0', '#2C7A7B', '#C05621', '#C53030', '#B83280', '#5A67D8', '#2F855A'];

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

/**
 * A round avatar with the person's initials on a colour derived from their id. It is a picture beside the name,
 * so the initials are drawn as generated content, not text: a button holding the avatar is then named by its
 * label alone (WCAG 2.5.3 counts visible text inside a control as part of its label, aria-hidden or not).
 */
export function UserAvatar({ name, seed, size = 36 }: { name: string; seed: string; size?: number }) {
  const initials = initialsOf(name);
  return (
    <Avatar
      aria-hidden="true"
      data-initials={initials}
      sx={{
        width: size,
        height: size,
        bgcolor: colourOf(seed),
        color: '#FFFFFF',
        fontSize: size * (initials.length > 1 ? 0.38 : 0.46),
        fontWeight: 700,
        '&::before': { content: 'attr(data-initials)' },
      }}
    />
  );
}
