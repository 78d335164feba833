import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export interface TemplateChoice {
  id: string;
  title: string;
  shortcut?: string | null;
}

interface SlashSuggestionsProps {
  listId: string;
  shortcut: string;
  templates: readonly TemplateChoice[];
  active: number;
  onPick(template: TemplateChoice): void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** Templates whose shortcut starts with what follows `/` in the reply; arrows choose, Enter takes one. */
export function SlashSuggestions({ listId, shortcut, templates, active, onPick }: SlashSuggestionsProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 0.5 }}>
      <Typography variant="caption" color="text.secondary" sx={{ px: 1 }} id={`${listId}-label`}>
        {t('inbox.templates.suggestions', { shortcut })}
      </Typography>
      <Box component="ul" role="listbox" id={listId} aria-labelledby={`${listId}-label`} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {templates.map((template, index) => (
          <Box
            component="li"
            key={template.id}
            id={optionId(listId, index)}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the reply field keeps its focus.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(template);
            }}
            sx={{
              display: 'flex',
              gap: 1,
              alignItems: 'baseline',
              px: 1,
              py: 0.75,
              borderRadius: '8px',
              cursor: 'pointer',
              bgcolor: index === active ? 'rgba(159, 122, 234, 0.16)' : undefined,
            }}
          >
            {template.shortcut && (
              <Typography
                component="span"
                variant="body2"
                sx={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', color: '#553C9A' }}
              >
                /{template.shortcut}
              </Typography>
            )}
            <Typography component="span" variant="body2">
              {template.title}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
