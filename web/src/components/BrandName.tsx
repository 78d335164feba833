import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/** Mark and product name; the name collapses on narrow screens when `compact`. */
export function BrandName({ compact = false, size = 34 }: { compact?: boolean; size?: number }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, minWidth: 0 }}>
      <BrandMark size={size} />
      <Typography
        component="span"
        sx={{
          fontWeight: 700,
          fontSize: '1.05rem',
          color: 'text.primary',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          display: compact ? { xs: 'none', sm: 'block' } : 'block',
        }}
      >
        {t('app.name')}
      </Typography>
    </Box>
  );
}
