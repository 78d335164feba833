import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX } from './roleForm';

interface RoleTextFieldProps {
  value: string;
  onChange(value: string): void;
  /** The problem to show (the form's own once submitted, or the server's), else the field's help. */
  problem: string | undefined;
}

/** A role's name, as the create and edit dialogs ask for it (focused first). */
export function RoleNameField({ value, onChange, problem }: RoleTextFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('adminConfig.roles.fields.name')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...problemProps(problem, t('adminConfig.roles.fields.nameHelp'))}
      required
      fullWidth
      autoFocus
      autoComplete="off"
      slotProps={{ htmlInput: { maxLength: ROLE_NAME_MAX } }}
    />
  );
}

/** A role's description, optional, on a few lines. */
export function RoleDescriptionField({ value, onChange, problem }: RoleTextFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('adminConfig.roles.fields.description')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...problemProps(problem, t('adminConfig.roles.fields.descriptionHelp'))}
      fullWidth
      multiline
      minRows={2}
      slotProps={{ htmlInput: { maxLength: ROLE_DESCRIPTION_MAX } }}
    />
  );
}
