import { useMutation } from '@apollo/client/react';
import { Box, Rating, TextField, Typography } from '@mui/material';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { SubmitEvaluationDocument } from '../../../graphql/generated/graphql';

const COMMENT_MAX = 1000;

/** Rating a completed conversation, once: 1 to 5 stars and an optional comment. */
export function RateConversationCard({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The answer carries the conversation's evaluation and permissions: the card gives way to the rating given.
  const [submit, { loading }] = useMutation(SubmitEvaluationDocument);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!rating) return;
    setError(null);
    try {
      await submit({ variables: { input: { conversationId, rating, comment: comment.trim() || null } } });
    } catch (caught) {
      const problem = apiErrorOf(caught);
      setError(problem ? apiErrorText(t, problem) : t('errors.unexpected'));
    }
  };

  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      data-testid="rate-conversation"
      sx={{ p: 2, borderRadius: '14px', bgcolor: '#F3EEFF' }}
    >
      <Typography id={titleId} variant="h6" component="h2">
        {t('portal.rating.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('portal.rating.description')}
      </Typography>
      <FormStack onSubmit={(event) => void send(event)} error={error}>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t('portal.rating.stars')}
          </Typography>
          <Rating
            name={`rating-${conversationId}`}
            value={rating}
            onChange={(_, value) => setRating(value)}
            size="large"
            getLabelText={(value) => t('portal.rating.star', { count: value })}
            emptyLabelText={t('portal.rating.none')}
            sx={{ color: '#B7791F' }}
          />
          {attempted && !rating && (
            <Typography role="alert" variant="body2" sx={{ color: '#C53030' }}>
              {t('portal.rating.required')}
            </Typography>
          )}
        </Box>
        <TextField
          label={t('portal.rating.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: COMMENT_MAX } }}
        />
        <SubmitButton
          size="medium"
          loading={loading}
          label={t('portal.rating.submit')}
          loadingLabel={t('portal.rating.submitting')}
          sx={{ alignSelf: 'flex-start' }}
        />
      </FormStack>
    </Box>
  );
}
