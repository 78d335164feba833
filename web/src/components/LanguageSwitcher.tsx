import CheckIcon from '@mui/icons-material/Check';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { type MouseEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage, toSupportedLanguage } from '../i18n';

/** Switches between English and 中文; the choice is remembered in this browser. */
export function LanguageSwitcher({ variant = 'button' }: { variant?: 'button' | 'icon' }) {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = toSupportedLanguage(i18n.language);
  const currentLabel = LANGUAGES.find((l) => l.code === current)?.label ?? current;

  const choose = (language: Language) => {
    setAnchor(null);
    void setLanguage(language);
  };

  const triggerProps = {
    // The button shows the current language, and its name starts with what it shows (WCAG 2.5.3).
    'aria-label': variant === 'icon' ? t('language.label') : t('language.current', { language: currentLabel }),
    'aria-haspopup': 'menu' as const,
    'aria-controls': anchor ? menuId : undefined,
    'aria-expanded': anchor ? true : undefined,
    onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
    'data-testid': 'language-switcher',
  };

  return (
    <>
      {variant === 'icon' ? (
        <Tooltip title={t('language.label')}>
          <IconButton {...triggerProps} color="inherit">
            <TranslateIcon />
          </IconButton>
        </Tooltip>
      ) : (
        <Button {...triggerProps} color="inherit" startIcon={<TranslateIcon />} sx={{ color: 'text.secondary', fontWeight: 500 }}>
          {currentLabel}
        </Button>
      )}
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((language) => (
          <MenuItem
            key={language.code}
            selected={language.code === current}
            onClick={() => choose(language.code)}
            lang={language.code}
            aria-current={language.code === current ? 'true' : undefined}
          >
            <ListItemIcon>{language.code === current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{language.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
