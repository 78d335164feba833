import { Box } from '@mui/material';
import { parseSnippet } from '../model/snippet';

/** A search hit's snippet with the matched words highlighted (rendered as text, never as HTML). */
export function SearchSnippet({ html }: { html: string }) {
  return (
    <>
      {parseSnippet(html).map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one snippet never move.
          <Box component="mark" key={index} sx={{ bgcolor: '#FEFCBF', color: '#1A202C', px: 0.25, borderRadius: '3px' }}>
            {part.text}
          </Box>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
