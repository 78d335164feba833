import { useQuery } from '@apollo/client/react';
import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TagsDocument } from '../../../graphql/generated/graphql';

interface Tag {
  id: string;
  name: string;
  colour: string;
}

interface TagEditorProps {
  value: readonly Tag[];
  disabled?: boolean;
  onChange(tagIds: string[]): void;
}

/** The conversation's tags, chosen from the desk's tag list; each change is saved at once. */
export function TagEditor({ value, disabled, onChange }: TagEditorProps) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(TagsDocument);
  const options: Tag[] = data?.tags ?? [];
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={[...value]}
      loading={loading}
      disabled={disabled}
      disableCloseOnSelect
      filterSelectedOptions
      getOptionLabel={(tag) => tag.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      onChange={(_, tags) => onChange(tags.map((tag) => tag.id))}
      renderOption={({ key, ...props }, tag) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1 }}>
          <Box
            component="span"
            aria-hidden="true"
            sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: tag.colour, flexShrink: 0 }}
          />
          {tag.name}
        </Box>
      )}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              variant="outlined"
              label={tag.name}
              icon={
                <Box
                  component="span"
                  aria-hidden="true"
                  sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: tag.colour, ml: '8px !important' }}
                />
              }
              {...itemProps}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={t('inbox.actions.tags')} placeholder={value.length ? undefined : t('inbox.actions.noTags')} />
      )}
      sx={{ minWidth: 0 }}
    />
  );
}
