import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { SendPasswordResetDocument, SetUserActiveDocument } from '../../../graphql/generated/graphql';
import type { ConfirmRequest } from '../people/ConfirmDialog';
import { peopleErrorText } from '../people/peopleErrors';
import type { AdminUser } from './useUserList';

export type ConfirmedUserAction = 'reset' | 'deactivate' | 'reactivate';

/**
 * The actions on a person that are confirmed first: what the dialog says about each, and running it. The
 * person comes back from setUserActive and their row updates through the cache.
 */
export function useUserActions(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  // Deactivation hands open conversations back, which changes other people's load: read the list again.
  const [setUserActive] = useMutation(SetUserActiveDocument, { refetchQueries: ['AdminUsers'] });
  const [sendPasswordReset] = useMutation(SendPasswordResetDocument);

  const attempt = async (work: () => Promise<string>): Promise<string | null> => {
    try {
      onDone(await work());
      return null;
    } catch (caught) {
      const error = apiErrorOf(caught);
      return error ? peopleErrorText(t, error) : t('errors.unexpected');
    }
  };

  const ask = (action: ConfirmedUserAction, user: AdminUser) => {
    const name = user.displayName;
    if (action === 'reset') {
      setRequest({
        title: t('adminPeople.reset.title', { name }),
        body: t('adminPeople.reset.body'),
        confirmLabel: t('adminPeople.reset.confirm'),
        confirmingLabel: t('adminPeople.reset.confirming'),
        run: () =>
          attempt(async () => {
            await sendPasswordReset({ variables: { userId: user.id } });
            return t('adminPeople.reset.done', { email: user.email });
          }),
      });
      return;
    }
    const active = action === 'reactivate';
    setRequest({
      title: t(`adminPeople.${action}.title`, { name }),
      body: t(`adminPeople.${action}.body`),
      confirmLabel: t(`adminPeople.${action}.confirm`),
      confirmingLabel: t(`adminPeople.${action}.confirming`),
      destructive: !active,
      run: () =>
        attempt(async () => {
          await setUserActive({ variables: { id: user.id, active } });
          return t(`adminPeople.${action}.done`, { name });
        }),
    });
  };

  return { request, ask, close: () => setRequest(null) };
}
