import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, Button, type SxProps, Typography } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { copyText } from './copyText';

export const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

export interface CopyableValueProps {
  label: string;
  /** What the button copies. */
  value: string;
  /** What is shown, when it differs (e.g. grouped for reading); selecting it by hand still works. */
  shown?: string;
  texts: { copy: string; copied: string; copyFailed: string };
  /** A line under the value while nothing failed (e.g. how to use it). */
  hint?: string;
  /** A filled button until copied: for a value that will never be shown again. */
  urgent?: boolean;
  testId?: string;
  valueSx?: SxProps;
}

/**
 * A secret or code to copy: labelled monospace text and a copy button that says whether it worked. Where
 * the clipboard is refused, the text is selected instead, for the person to copy themselves.
 */
export function CopyableValue({ label, value, shown = value, texts, hint, urgent = false, testId, valueSx }: CopyableValueProps) {
  const labelId = useId();
  const valueRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <Box>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 600, mb: 0.75 }}>
        {label}
      </Typography>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 1,
          p: 1,
          pl: 1.5,
          borderRadius: '12px',
          border: '1px solid',
          borderColor: 'divider',
          bgcolor: 'rgba(113, 90, 180, 0.05)',
        }}
      >
        <Box
          component="code"
          ref={valueRef}
          aria-labelledby={labelId}
          data-testid={testId}
          sx={[
            { flex: '1 1 200px', minWidth: 0, fontFamily: MONOSPACE, userSelect: 'all' },
            ...(Array.isArray(valueSx) ? valueSx : [valueSx]),
          ]}
        >
          {shown}
        </Box>
        <Button
          variant={urgent && !copied ? 'contained' : 'outlined'}
          size="small"
          startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
          onClick={async () => setCopied(await copyText(value, valueRef.current))}
        >
          {copied ? texts.copied : texts.copy}
        </Button>
      </Box>
      <Typography variant="body2" color={copied === false ? 'error' : 'text.secondary'} sx={{ mt: 0.75 }} aria-live="polite">
        {copied === false ? texts.copyFailed : (hint ?? '')}
      </Typography>
    </Box>
  );
}
