import { useQuery } from '@apollo/client/react';
import { Autocomplete, ListItemText, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditActorsDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

export interface AuditActor {
  id: string;
  displayName: string;
}

/** A person offered: the email tells apart people of the same name. */
type ActorOption = AuditActor & { email?: string };

interface ActorPickerProps {
  value: AuditActor | null;
  onChange(actor: AuditActor | null): void;
}

/** Finds the person whose actions to show by part of their name or email (the server searches everyone). */
export function ActorPicker({ value, onChange }: ActorPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  // Once someone is chosen the field shows their name: that is not a new search.
  const typed = value && input === value.displayName ? '' : input.trim();
  const search = useDebouncedValue(typed, 250);
  const { data, previousData, loading } = useQuery(AuditActorsDocument, { variables: { query: search || null } });
  const people: ActorOption[] = (data ?? previousData)?.users.edges.map((edge) => edge.node) ?? [];

  return (
    <Autocomplete<ActorOption>
      options={people}
      value={value}
      onChange={(_, person) => onChange(person ? { id: person.id, displayName: person.displayName } : null)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      filterOptions={(options) => options}
      getOptionLabel={(person) => person.displayName}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      loading={loading || search !== typed}
      loadingText={t('common.loading')}
      noOptionsText={t('adminConfig.audit.noPeople')}
      renderOption={({ key, ...props }, person) => (
        <li key={key} {...props}>
          <ListItemText primary={person.displayName} secondary={person.email} />
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} size="small" label={t('adminConfig.audit.actor')} helperText={t('adminConfig.audit.actorHelp')} />
      )}
      fullWidth
    />
  );
}
