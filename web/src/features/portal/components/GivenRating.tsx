import { Box, Rating, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EvaluationFieldsFragment } from '../../../graphql/generated/graphql';

/** The rating the customer gave, shown instead of the form. */
export function GivenRating({ evaluation }: { evaluation: EvaluationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Box
      data-testid="given-rating"
      sx={{ p: 2, borderRadius: '14px', bgcolor: '#F3EEFF', display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      <Typography sx={{ fontWeight: 600 }}>{t('portal.rating.thanks')}</Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Rating value={evaluation.rating} readOnly aria-hidden="true" sx={{ color: '#B7791F' }} />
        <Typography>{t('portal.rating.given', { rating: evaluation.rating })}</Typography>
      </Box>
      {evaluation.comment && (
        <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {t('portal.rating.givenComment', { comment: evaluation.comment })}
        </Typography>
      )}
    </Box>
  );
}
