import { useMutation, useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mui/material';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/adminConfig';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { PageHeader } from '../../../components/PageHeader';
import { RetryAlert } from '../../../components/RetryAlert';
import { DeskSettingsDocument, TwoFactorRoleChoicesDocument, UpdateDeskSettingsDocument } from '../../../graphql/generated/graphql';
import { AssistantSettings } from './AssistantSettings';
import { BusinessHoursSection } from './BusinessHoursSection';
import { ConversationSettings } from './ConversationSettings';
import { SecuritySettings } from './SecuritySettings';
import { type SaveState, SettingsSaveBar } from './SettingsSaveBar';
import { formOf, inputOf, type SettingsForm, serverProblemsOf, validateSettings } from './settingsForm';
import { supportedTimeZones } from './timeZones';

/** `/admin/settings`: every system setting in one typed form, checked as the server checks it, saved at once. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DeskSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const roleChoices = useQuery(TwoFactorRoleChoicesDocument);
  const [updateSettings, { loading: saving }] = useMutation(UpdateDeskSettingsDocument, {
    // Settings have no id to be found by: the page's query is given the saved values itself.
    update(cache, { data: result }) {
      if (result)
        cache.updateQuery({ query: DeskSettingsDocument }, (previous) => previous && { ...previous, settings: result.updateSettings });
    },
  });
  const zones = useMemo(() => supportedTimeZones(), []);
  const zoneSet = useMemo(() => new Set(zones), [zones]);
  const saved = useMemo(() => (data ? formOf(data.settings) : null), [data]);
  // The person's edits; null while the form shows what the server has.
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const current = form ?? saved;
  const problems = useMemo(() => (current ? validateSettings(t, current, zoneSet) : {}), [t, current, zoneSet]);
  const serverProblems = useMemo(() => (current ? serverProblemsOf(t, failure, current) : {}), [t, failure, current]);
  const shownProblems = { ...(attempted ? problems : {}), ...serverProblems };
  const isDirty = !!form && !!saved && JSON.stringify(form) !== JSON.stringify(saved);

  const change = (patch: Partial<SettingsForm>) => {
    setForm((previous) => {
      const base = previous ?? saved;
      return base ? { ...base, ...patch } : previous;
    });
    setJustSaved(false);
    setFailure(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!current) return;
    setAttempted(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      focusFirstProblem();
      return;
    }
    try {
      await updateSettings({ variables: { input: inputOf(current) } });
      setForm(null);
      setAttempted(false);
      setJustSaved(true);
    } catch (caught) {
      setFailure(apiErrorOf(caught));
      focusFirstProblem();
    }
  };

  const state: SaveState = saving
    ? 'saving'
    : failure
      ? 'failed'
      : attempted && Object.keys(problems).length > 0
        ? 'invalid'
        : justSaved && !isDirty
          ? 'saved'
          : isDirty
            ? 'dirty'
            : 'clean';
  const failureText = failure ? (failure.fields.length > 0 ? t('adminConfig.settings.invalid') : apiErrorText(t, failure)) : null;
  const settings = data?.settings;

  return (
    <>
      <PageHeader title={t('admin.settings.title')} subtitle={t('admin.settings.subtitle')} />
      {error && !data && (
        <RetryAlert message={`${t('adminConfig.loadError')} ${apiErrorText(t, apiErrorOf(error)!)}`} onRetry={() => void refetch()} />
      )}
      {loading && !data && <Skeleton variant="rounded" height={480} aria-hidden="true" />}
      {current && data && (
        <Stack component="form" noValidate onSubmit={(event) => void submit(event)} spacing={2.5} data-testid="settings-form">
          <BusinessHoursSection
            zones={zones}
            timezone={current.timezone}
            days={current.days}
            problems={shownProblems}
            onTimezone={(timezone) => change({ timezone })}
            onDay={(day) => change({ days: current.days.map((other) => (other.weekday === day.weekday ? day : other)) })}
          />
          <ConversationSettings
            form={current}
            problems={shownProblems}
            onChange={change}
            onNumber={(field, value) => change({ numbers: { ...current.numbers, [field]: value } })}
          />
          <SecuritySettings
            form={current}
            problems={shownProblems}
            onChange={change}
            onNumber={(field, value) => change({ numbers: { ...current.numbers, [field]: value } })}
            roles={roleChoices.data?.roles ?? null}
          />
          <AssistantSettings
            form={current}
            problems={shownProblems}
            onChange={change}
            onNumber={(field, value) => change({ numbers: { ...current.numbers, [field]: value } })}
          />
          <SettingsSaveBar
            state={state}
            failure={failureText}
            updatedAt={settings?.updatedAt}
            updatedBy={settings?.updatedBy?.displayName}
            onDiscard={() => {
              setForm(null);
              setAttempted(false);
              setFailure(null);
            }}
          />
        </Stack>
      )}
    </>
  );
}

/** After a refused save, the first field with a problem gets the focus, so keyboard users land on it. */
function focusFirstProblem(): void {
  setTimeout(() => document.querySelector<HTMLElement>('[data-testid="settings-form"] [aria-invalid="true"]')?.focus(), 0);
}
