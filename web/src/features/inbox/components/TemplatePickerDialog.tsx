import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReplyTemplates } from '../hooks/useReplyTemplates';
import type { TemplateChoice } from './SlashSuggestions';

interface TemplatePickerDialogProps {
  open: boolean;
  onClose(): void;
  onPick(template: TemplateChoice): void;
}

/** Searching the reply templates by title (or `/shortcut`) and taking one. */
export function TemplatePickerDialog({ open, onClose, onPick }: TemplatePickerDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [search, setSearch] = useState('');
  const { templates, loading, error } = useReplyTemplates(open ? search.trim() : null);
  useEffect(() => {
    if (open) setSearch('');
  }, [open]);

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('inbox.templates.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <TextField
            autoFocus
            type="search"
            label={t('inbox.templates.search')}
            helperText={t('inbox.templates.searchHint')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            fullWidth
          />
          {error && <Alert severity="error">{t('inbox.templates.loadError')}</Alert>}
          {!loading && !error && templates.length === 0 && <Typography color="text.secondary">{t('inbox.templates.empty')}</Typography>}
          <List aria-label={t('inbox.templates.title')} sx={{ p: 0 }}>
            {templates.map((template) => (
              <ListItem key={template.id} disablePadding>
                <ListItemButton onClick={() => onPick(template)} sx={{ alignItems: 'flex-start' }}>
                  <ListItemText
                    primary={template.shortcut ? `${template.title} · /${template.shortcut}` : template.title}
                    secondary={template.body}
                    slotProps={{
                      secondary: { sx: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } },
                    }}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
