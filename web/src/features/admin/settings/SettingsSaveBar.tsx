import { Box, Button, Paper, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';

export type SaveState = 'clean' | 'dirty' | 'invalid' | 'saving' | 'saved' | 'failed';

interface SettingsSaveBarProps {
  state: SaveState;
  /** The refusal in words, when the last save failed. */
  failure: string | null;
  updatedAt: string | null | undefined;
  updatedBy: string | null | undefined;
  onDiscard(): void;
}

/** Stays at the bottom of the window: where the form stands (unsaved, saved, problems), who changed it last, and Save. */
export function SettingsSaveBar({ state, failure, updatedAt, updatedBy, onDiscard }: SettingsSaveBarProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const status =
    state === 'failed'
      ? failure
      : state === 'invalid'
        ? t('adminConfig.settings.invalid')
        : state === 'saved'
          ? t('adminConfig.settings.saved')
          : state === 'dirty'
            ? t('adminConfig.settings.unsaved')
            : state === 'saving'
              ? t('adminConfig.saving')
              : null;
  return (
    <Paper
      elevation={6}
      sx={{
        position: 'sticky',
        bottom: 16,
        zIndex: 4,
        p: 2,
        borderRadius: 3,
        display: 'flex',
        flexWrap: 'wrap',
        gap: 1.5,
        alignItems: 'center',
      }}
    >
      <Box sx={{ flex: '1 1 14rem', minWidth: 0 }}>
        <Typography
          role="status"
          aria-live="polite"
          data-testid="settings-status"
          data-state={state}
          color={state === 'failed' || state === 'invalid' ? 'error' : state === 'saved' ? 'success.main' : 'text.primary'}
          sx={{ fontWeight: 600, minHeight: '1.5em' }}
        >
          {status}
        </Typography>
        {updatedAt ? (
          <Tooltip title={new Date(updatedAt).toISOString()}>
            <Typography variant="body2" color="text.secondary" data-testid="settings-last-changed">
              {t('adminConfig.lastChanged', { name: updatedBy ?? t('adminConfig.someone'), time: dates.full(updatedAt) })}
            </Typography>
          </Tooltip>
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="settings-last-changed">
            {t('adminConfig.neverChanged')}
          </Typography>
        )}
      </Box>
      <Button onClick={onDiscard} disabled={state === 'clean' || state === 'saved' || state === 'saving'}>
        {t('adminConfig.discard')}
      </Button>
      <SubmitButton
        size="medium"
        loading={state === 'saving'}
        label={t('adminConfig.settings.save')}
        loadingLabel={t('adminConfig.saving')}
      />
    </Paper>
  );
}
