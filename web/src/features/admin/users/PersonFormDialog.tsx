import { useMutation } from '@apollo/client/react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { RoleName } from '../../../components/RoleName';
import { CreateUserDocument, UpdateUserDocument } from '../../../graphql/generated/graphql';
import { currentLanguage, LANGUAGES, type Language } from '../../../i18n';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, emailProblemOf } from '../../auth/validation';
import { peopleFieldErrors, peopleFormError } from '../people/peopleErrors';
import { TeamsSelect } from './TeamsSelect';
import { handlesConversations, type RoleChoice, type TeamChoice } from './usePeopleChoices';
import type { AdminUser } from './useUserList';

/** Adding someone new, or editing someone listed. */
export type PersonFormTarget = { kind: 'add' } | { kind: 'edit'; user: AdminUser };

interface PersonFormDialogProps {
  target: PersonFormTarget | null;
  roles: readonly RoleChoice[];
  teams: readonly TeamChoice[];
  onClose(): void;
  /** After the server accepted: what to tell the administrator. */
  onDone(message: string): void;
  /** Once it has faded out: where focus goes next. */
  onExited?(): void;
}

const SHOWN_FIELDS = ['email', 'displayName', 'roleId', 'teamIds', 'locale', 'capacity'];

/** A whole number 0..100, or null for an empty field; NaN when it is neither. */
function parseCapacity(text: string): number | null {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : Number.NaN;
}

/**
 * The "Add person" and "Edit" form: email (new people only), name, role, teams, language of the invitation
 * (new people only) and capacity (for roles that take conversations). The server's field problems show on
 * their fields.
 */
export function PersonFormDialog({ target, roles, teams, onClose, onDone, onExited }: PersonFormDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [shown, setShown] = useState(target);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roleId, setRoleId] = useState('');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [locale, setLocale] = useState<Language>('en');
  const [capacity, setCapacity] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A new person joins the list where the filters and order put them: read it again. An edited person comes
  // back whole and updates their row through the cache.
  const [createUser, creating] = useMutation(CreateUserDocument, { refetchQueries: ['AdminUsers'] });
  const [updateUser, updating] = useMutation(UpdateUserDocument);

  // Fill the fields each time the dialog opens (not when the list re-renders behind it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on opening only
  useEffect(() => {
    if (!target) return;
    setShown(target);
    setAttempted(false);
    setError(null);
    if (target.kind === 'edit') {
      const { user } = target;
      setEmail(user.email);
      setDisplayName(user.displayName);
      setRoleId(user.role.id);
      setTeamIds(user.teams.map((team) => team.id));
      setCapacity(String(user.capacity));
    } else {
      setEmail('');
      setDisplayName('');
      setRoleId(roles.find((role) => role.key === 'agent')?.id ?? '');
      setTeamIds([]);
      setLocale(currentLanguage());
      setCapacity('');
    }
  }, [target]);

  // The roles may arrive after the dialog opened: a new person then starts as an agent all the same.
  useEffect(() => {
    if (target?.kind === 'add' && !roleId) setRoleId(roles.find((role) => role.key === 'agent')?.id ?? '');
  }, [target, roles, roleId]);

  const adding = shown?.kind !== 'edit';
  const role = roles.find((candidate) => candidate.id === roleId);
  const withCapacity = !role || handlesConversations(role);
  const capacityValue = parseCapacity(capacity);
  const problems = {
    email: adding ? emailProblemOf(t, email) : null,
    displayName: displayName.trim() ? null : t('adminPeople.errors.nameRequired'),
    roleId: roleId ? null : t('adminPeople.errors.roleRequired'),
    capacity:
      withCapacity && (Number.isNaN(capacityValue) || (!adding && capacityValue === null)) ? t('adminPeople.errors.capacityRange') : null,
  };
  const server = peopleFieldErrors(t, error);
  const show = (field: keyof typeof problems) => (attempted && problems[field]) || server[field];
  const busy = creating.loading || updating.loading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!shown || Object.values(problems).some(Boolean)) return;
    setError(null);
    const capacityInput = withCapacity && !Number.isNaN(capacityValue) ? capacityValue : null;
    try {
      if (shown.kind === 'add') {
        const input = { email: email.trim(), displayName: displayName.trim(), roleId, teamIds, locale, capacity: capacityInput };
        const { data } = await createUser({ variables: { input } });
        if (data) onDone(t('adminPeople.person.add.done', { email: data.createUser.email }));
      } else {
        const input = { displayName: displayName.trim(), roleId, teamIds, capacity: capacityInput };
        const { data } = await updateUser({ variables: { id: shown.user.id, input } });
        if (data) onDone(t('adminPeople.person.edit.done', { name: data.updateUser.displayName }));
      }
      onClose();
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  const title = adding
    ? t('adminPeople.person.add.title')
    : t('adminPeople.person.edit.title', { name: shown?.kind === 'edit' ? shown.user.displayName : '' });

  return (
    <Dialog
      open={!!target}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={phone}
      data-testid="person-dialog"
      slotProps={{ transition: { onExited } }}
    >
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              {adding ? t('adminPeople.person.add.description') : t('adminPeople.person.edit.description')}
            </DialogContentText>
            <FormErrorAlert message={peopleFormError(t, error, SHOWN_FIELDS)} />
            {adding && (
              <TextField
                label={t('adminPeople.person.fields.email')}
                name="email"
                type="email"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                {...problemProps(show('email'), t('adminPeople.person.fields.emailHelp'))}
                required
                fullWidth
                autoFocus
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: EMAIL_MAX_LENGTH } }}
              />
            )}
            <TextField
              label={t('adminPeople.person.fields.displayName')}
              name="displayName"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              {...problemProps(show('displayName'))}
              required
              fullWidth
              autoFocus={!adding}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: DISPLAY_NAME_MAX_LENGTH } }}
            />
            <TextField
              select
              label={t('adminPeople.person.fields.role')}
              name="roleId"
              value={roles.some((candidate) => candidate.id === roleId) ? roleId : ''}
              onChange={(event) => setRoleId(event.target.value)}
              {...problemProps(show('roleId'))}
              required
              fullWidth
            >
              {roles.map((candidate) => (
                <MenuItem key={candidate.id} value={candidate.id}>
                  <RoleName role={candidate} />
                </MenuItem>
              ))}
            </TextField>
            <TeamsSelect teams={teams} value={teamIds} onChange={setTeamIds} problem={server.teamIds} />
            {adding && (
              <TextField
                select
                label={t('adminPeople.person.fields.language')}
                name="locale"
                value={locale}
                onChange={(event) => setLocale(event.target.value as Language)}
                {...problemProps(server.locale, t('adminPeople.person.fields.languageHelp'))}
                fullWidth
              >
                {LANGUAGES.map((language) => (
                  <MenuItem key={language.code} value={language.code} lang={language.code}>
                    {t(`adminPeople.languages.${language.code}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {withCapacity && (
              <TextField
                label={t('adminPeople.person.fields.capacity')}
                name="capacity"
                type="number"
                value={capacity}
                onChange={(event) => setCapacity(event.target.value)}
                {...problemProps(
                  show('capacity'),
                  adding
                    ? `${t('adminPeople.person.fields.capacityHelp')} ${t('adminPeople.person.fields.capacityDefault')}`
                    : t('adminPeople.person.fields.capacityHelp'),
                )}
                required={!adding}
                fullWidth
                slotProps={{ htmlInput: { min: 0, max: 100, step: 1, inputMode: 'numeric' } }}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <SubmitButton
            size="medium"
            loading={busy}
            label={adding ? t('adminPeople.person.add.submit') : t('adminPeople.person.edit.submit')}
            loadingLabel={adding ? t('adminPeople.person.add.submitting') : t('adminPeople.person.edit.submitting')}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
