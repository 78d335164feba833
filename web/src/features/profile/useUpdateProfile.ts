import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { sessionStore } from '../../apollo/sessionStore';
import { UpdateProfileDocument, type UpdateProfileInput } from '../../graphql/generated/graphql';

export interface ProfileUpdate {
  /** Saves the given fields; resolves true once saved, false when refused (see `error`). */
  update(input: UpdateProfileInput): Promise<boolean>;
  saving: boolean;
  /** Why the last save was refused, until the next one or `clearError`. */
  error: ApiError | null;
  clearError(): void;
}

/**
 * Changes the viewer's own name or email language. The answer updates the cached `User` (Apollo normalises it
 * by id) and the session's user, so the app bar and user menu show the change at once.
 */
export function useUpdateProfile(): ProfileUpdate {
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);
  const [error, setError] = useState<ApiError | null>(null);

  const update = useCallback(
    async (input: UpdateProfileInput) => {
      setError(null);
      try {
        const { data } = await updateProfile({ variables: { input } });
        if (data) sessionStore.updateUser(data.updateProfile);
        return true;
      } catch (caught) {
        setError(apiErrorOf(caught));
        return false;
      }
    },
    [updateProfile],
  );
  const clearError = useCallback(() => setError(null), []);

  return { update, saving: loading, error, clearError };
}
