import { Card, CardContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorText, fieldNameOf } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { paths } from '../../../paths';
import { useStartConversation } from '../hooks/useStartConversation';

const SUBJECT_MAX = 200;

/** Starting a consultation: a subject and the first message; then straight into the conversation. */
export function StartConversationCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const { start, starting, error } = useStartConversation();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [attempted, setAttempted] = useState(false);

  const subjectProblem = !subject.trim()
    ? t('portal.start.subjectRequired')
    : subject.trim().length > SUBJECT_MAX
      ? t('portal.start.subjectTooLong')
      : null;
  const bodyProblem = body.trim() ? null : t('portal.start.bodyRequired');
  const serverFields = new Set(error?.fields.map(fieldNameOf));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (subjectProblem || bodyProblem) return;
    const conversation = await start(subject.trim(), body.trim());
    if (conversation) navigate(paths.portalConversation(conversation.id));
  };

  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent sx={{ p: { xs: 2.5, sm: 3 } }}>
        <Typography id={titleId} variant="h6" component="h2">
          {t('portal.start.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2.5 }}>
          {t('portal.start.description')}
        </Typography>
        <FormStack onSubmit={(event) => void submit(event)} error={error && error.fields.length === 0 ? apiErrorText(t, error) : null}>
          <TextField
            label={t('portal.start.subject')}
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
            required
            fullWidth
            slotProps={{ htmlInput: { maxLength: SUBJECT_MAX + 20 } }}
            {...problemProps(
              (attempted && subjectProblem) || (serverFields.has('subject') ? t('portal.start.subjectRequired') : null),
              t('portal.start.subjectHelp'),
            )}
          />
          <TextField
            label={t('portal.start.body')}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            required
            fullWidth
            multiline
            minRows={4}
            maxRows={12}
            slotProps={{ htmlInput: { maxLength: 10_000 } }}
            {...problemProps(
              (attempted && bodyProblem) || (serverFields.has('body') ? t('portal.start.bodyRequired') : null),
              t('portal.start.bodyHelp'),
            )}
          />
          <SubmitButton loading={starting} label={t('portal.start.submit')} loadingLabel={t('portal.start.submitting')} />
        </FormStack>
      </CardContent>
    </Card>
  );
}
