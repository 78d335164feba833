import { useMutation } from '@apollo/client/react';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { problemProps } from '../../components/form/problemProps';
import { SubmitButton } from '../../components/form/SubmitButton';
import { ApiTokensDocument, CreateApiTokenDocument } from '../../graphql/generated/graphql';
import { endOfLocalDay, localDateInputValue, permissionLabel } from './apiTokenModel';
import { TokenSecret } from './TokenSecret';

const NAME_MAX_LENGTH = 80;

interface CreateApiTokenDialogProps {
  open: boolean;
  /** The viewer's permissions: a token can be limited to some of them, never given more. */
  permissions: readonly string[];
  onClose(): void;
}

/** Names a new token, optionally narrows and dates it, then shows its secret once. */
export function CreateApiTokenDialog({ open, permissions, onClose }: CreateApiTokenDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  // Not cached: the secret stays in this dialog's state only, and is dropped when it closes.
  const [createApiToken, { loading }] = useMutation(CreateApiTokenDocument, {
    fetchPolicy: 'no-cache',
    update(cache, { data }) {
      const created = data?.createApiToken.apiToken;
      if (!created) return;
      cache.updateQuery({ query: ApiTokensDocument }, (previous) =>
        previous ? { apiTokens: [created, ...previous.apiTokens.filter((token) => token.id !== created.id)] } : previous,
      );
    },
  });

  const today = localDateInputValue(new Date());
  const nameProblem = !name.trim() ? t('apiTokens.errors.nameRequired') : null;
  const expiryProblem = expiresOn && endOfLocalDay(expiresOn).getTime() <= Date.now() ? t('apiTokens.errors.inPast') : null;
  const serverFields = fieldErrorsOf(t, error);

  const reset = () => {
    setName('');
    setScopes([]);
    setExpiresOn('');
    setTouched(false);
    setError(null);
    setSecret(null);
  };

  const close = () => {
    onClose();
    // After the closing transition, so the dialog does not flash back to the empty form.
    setTimeout(reset, 300);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (nameProblem || expiryProblem) return;
    setError(null);
    try {
      const { data } = await createApiToken({
        variables: {
          input: { name: name.trim(), scopes, expiresAt: expiresOn ? endOfLocalDay(expiresOn).toISOString() : null },
        },
      });
      if (data) setSecret(data.createApiToken.token);
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  return (
    <Dialog
      open={open}
      // While the secret is shown, a stray click beside the dialog must not lose it: only its buttons close it.
      onClose={(_event, reason) => (secret && reason === 'backdropClick' ? undefined : close())}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{secret ? t('apiTokens.secret.title') : t('apiTokens.createDialog.title')}</DialogTitle>
      {secret ? (
        <>
          <DialogContent>
            <TokenSecret token={secret} />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2.5 }}>
            <Button variant="contained" onClick={close}>
              {t('apiTokens.secret.done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box
          component="form"
          noValidate
          onSubmit={submit}
          aria-labelledby={titleId}
          sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
        >
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <FormErrorAlert message={formErrorText(t, error, ['name', 'scopes', 'expiresAt'])} />
              <TextField
                label={t('apiTokens.fields.name')}
                name="name"
                value={name}
                onChange={(event) => setName(event.target.value)}
                {...problemProps((touched && nameProblem) || serverFields.name, t('apiTokens.fields.nameHelp'))}
                required
                fullWidth
                autoFocus
                autoComplete="off"
                slotProps={{ htmlInput: { maxLength: NAME_MAX_LENGTH } }}
              />
              <ScopeSelect permissions={permissions} value={scopes} onChange={setScopes} problem={serverFields.scopes} />
              <TextField
                label={t('apiTokens.fields.expiresOn')}
                name="expiresOn"
                type="date"
                value={expiresOn}
                onChange={(event) => setExpiresOn(event.target.value)}
                {...problemProps((touched && expiryProblem) || serverFields.expiresAt, t('apiTokens.fields.expiresHelp'))}
                fullWidth
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2.5 }}>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <SubmitButton
              size="medium"
              loading={loading}
              label={t('apiTokens.createDialog.submit')}
              loadingLabel={t('apiTokens.createDialog.submitting')}
            />
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}

interface ScopeSelectProps {
  permissions: readonly string[];
  value: string[];
  onChange(value: string[]): void;
  problem?: string;
}

/** Picks some of the viewer's permissions, by their names; none picked means all of them. */
function ScopeSelect({ permissions, value, onChange, problem }: ScopeSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('apiTokens.fields.scopes')}
      name="scopes"
      value={value}
      onChange={(event) => {
        const selected = event.target.value as unknown as string[] | string;
        onChange(typeof selected === 'string' ? selected.split(',') : selected);
      }}
      {...problemProps(problem, t('apiTokens.fields.scopesHelp'))}
      fullWidth
      sx={{ '& .MuiSelect-select': { whiteSpace: 'normal' } }}
      slotProps={{
        inputLabel: { shrink: true },
        select: {
          multiple: true,
          displayEmpty: true,
          renderValue: (selected) => {
            const keys = selected as string[];
            if (keys.length === 0) return <Typography color="text.secondary">{t('apiTokens.allPermissions')}</Typography>;
            return (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {keys.map((key) => (
                  <Chip key={key} size="small" label={permissionLabel(t, key)} sx={{ maxWidth: '100%' }} />
                ))}
              </Box>
            );
          },
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 380 } } } },
        },
      }}
    >
      {permissions.map((permission) => (
        <MenuItem key={permission} value={permission} sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}>
          <Checkbox checked={value.includes(permission)} size="small" sx={{ p: 0.5, mr: 1 }} />
          <ListItemText
            primary={permissionLabel(t, permission)}
            secondary={permission}
            slotProps={{
              secondary: { sx: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.75rem' } },
            }}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}
