import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack } from '@mui/material';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONOSPACE } from '../../components/CopyableValue';
import { copyText } from '../../components/copyText';

interface RecoveryCodesProps {
  codes: readonly string[];
  /** The account they belong to, written at the top of the downloaded file. */
  account: string;
  doneLabel: string;
  /** After the person has said they saved the codes. */
  onDone(): void;
}

/** Saves a file of the codes through a temporary link (no server round trip: the codes exist only here). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** New recovery codes, shown this once: copy or download them, then confirm they are saved to go on. */
export function RecoveryCodes({ codes, account, doneLabel, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const listId = useId();
  const hintId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const savedRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  const [touched, setTouched] = useState(false);
  const text = codes.join('\n');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (saved) onDone();
    else savedRef.current?.focus();
  };

  const fileText = `${t('twoFactor.recovery.fileHeader', { account, app: t('app.name') })}\n\n${text}\n`;

  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2} data-testid="recovery-codes">
      <Alert severity="warning" role="note">
        {t('twoFactor.recovery.intro')}
      </Alert>
      <Box
        component="ol"
        ref={listRef}
        id={listId}
        aria-label={t('twoFactor.recovery.listLabel')}
        sx={{
          display: 'grid',
          // Two columns even at 360 px: a code is eleven monospace characters.
          gridTemplateColumns: 'repeat(auto-fill, minmax(7.5em, 1fr))',
          gap: 1,
          m: 0,
          p: 1.5,
          listStyle: 'none',
          borderRadius: '12px',
          border: '1px solid',
          borderColor: 'divider',
          bgcolor: 'rgba(113, 90, 180, 0.05)',
          fontFamily: MONOSPACE,
          fontSize: '0.95rem',
        }}
      >
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
          onClick={async () => setCopied(await copyText(text, listRef.current))}
        >
          {copied ? t('twoFactor.recovery.copied') : t('twoFactor.recovery.copy')}
        </Button>
        <Button variant="outlined" size="small" startIcon={<DownloadIcon />} onClick={() => download('recovery-codes.txt', fileText)}>
          {t('twoFactor.recovery.download')}
        </Button>
      </Box>
      {copied === false && (
        <FormHelperText error role="alert" sx={{ mt: 0 }}>
          {t('twoFactor.recovery.copyFailed')}
        </FormHelperText>
      )}
      <Box>
        <FormControlLabel
          control={
            <Checkbox
              name="saved"
              checked={saved}
              onChange={(event) => setSaved(event.target.checked)}
              slotProps={{ input: { ref: savedRef, 'aria-describedby': touched && !saved ? hintId : undefined } }}
            />
          }
          label={t('twoFactor.recovery.saved')}
        />
        {touched && !saved && (
          <FormHelperText id={hintId} error sx={{ mt: 0 }}>
            {t('twoFactor.recovery.savedRequired')}
          </FormHelperText>
        )}
      </Box>
      <Box>
        <Button type="submit" variant="contained">
          {doneLabel}
        </Button>
      </Box>
    </Stack>
  );
}
