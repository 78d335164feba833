import { Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../components/apiErrorText';
import { atCapacity, type DeskAgent, useDeskAgents } from '../hooks/useDeskAgents';

interface AgentPickerProps {
  label: string;
  value: DeskAgent | null;
  onChange(agent: DeskAgent | null): void;
  /** Left out of the list: the viewer (for a transfer) or the current owner (for an assignment). */
  excludeId?: string | null;
  /** A problem with the choice, shown under the field; otherwise the help text. */
  problem?: string | null;
  autoFocus?: boolean;
}

/**
 * Picks an active agent by typing part of their name or email (the server searches). Each option shows the
 * agent's open conversations against their capacity; an agent at capacity is shown greyed out and cannot be chosen.
 */
export function AgentPicker({ label, value, onChange, excludeId, problem, autoFocus }: AgentPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  // Once someone is chosen the field shows their name: list everyone again rather than only them.
  const search = value && input === value.displayName ? '' : input;
  const { agents, loading, error } = useDeskAgents(search, excludeId);
  const help = error ? `${t('inbox.agents.loadError')} ${apiErrorText(t, error)}` : t('inbox.agents.help');

  return (
    <Autocomplete
      options={agents}
      value={value}
      onChange={(_, agent) => onChange(agent)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      // The server has filtered by the text already (also by email, which the label does not show).
      filterOptions={(options) => options}
      getOptionLabel={(agent) => agent.displayName}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionDisabled={atCapacity}
      loading={loading}
      loadingText={t('common.loading')}
      noOptionsText={t('inbox.agents.none')}
      renderOption={({ key, ...props }, agent) => {
        const full = atCapacity(agent);
        return (
          <Box
            component="li"
            key={key}
            {...props}
            data-testid="agent-option"
            data-at-capacity={full}
            sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
          >
            <Box sx={{ minWidth: 0, flex: '1 1 10rem' }}>
              <Typography noWrap>{agent.displayName}</Typography>
              <Typography variant="body2" color="text.secondary" noWrap>
                {agent.email}
              </Typography>
            </Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexShrink: 0 }}>
              <Typography variant="body2" color={full ? 'error' : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
                {t('inbox.agents.load', { open: agent.openConversations, capacity: agent.capacity })}
              </Typography>
              {full && <Chip size="small" variant="outlined" label={t('inbox.agents.atCapacity')} />}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required
          autoFocus={autoFocus}
          placeholder={t('inbox.agents.placeholder')}
          error={!!problem || !!error}
          helperText={problem ?? help}
        />
      )}
      fullWidth
    />
  );
}
