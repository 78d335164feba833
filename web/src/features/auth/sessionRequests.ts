import { apolloClient } from '../../apollo/client';
import {
  BeginTwoFactorEnrolmentDocument,
  CompleteTwoFactorSignInDocument,
  ConfirmTwoFactorDocument,
  LoginDocument,
  type LoginInput,
  LogoutDocument,
  type SessionPayloadFragment,
} from '../../graphql/generated/graphql';

// Sign-in and sign-out through the GraphQL client. Loaded with `import()`: the sign-in page renders before the
// client and the documents arrive, which keeps a first visit inside the bundle budget (scripts/bundle-budget.mjs).

/**
 * Signs in with email and password; rejects with the API's error (apiErrorOf reads it). For an account with
 * two-factor sign-in the error is UNAUTHENTICATED with reason TWO_FACTOR_REQUIRED (or TWO_FACTOR_SETUP_REQUIRED)
 * and a `twoFactorChallenge` for the second step.
 */
export async function login(input: LoginInput): Promise<SessionPayloadFragment | null> {
  const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { input } });
  return data?.login ?? null;
}

/** The second step of sign-in: the challenge from `login` and an authenticator or recovery code. */
export async function completeTwoFactorSignIn(challenge: string, code: string): Promise<SessionPayloadFragment | null> {
  const { data } = await apolloClient.mutate({ mutation: CompleteTwoFactorSignInDocument, variables: { challenge, code } });
  return data?.completeTwoFactorSignIn ?? null;
}

/** Enrolment during a sign-in the desk requires it for: a new secret for the challenge's user. Not cached (a secret). */
export async function beginEnrolmentForSignIn(challenge: string): Promise<{ secret: string; otpauthUri: string }> {
  const { data } = await apolloClient.mutate({
    mutation: BeginTwoFactorEnrolmentDocument,
    variables: { challenge },
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('beginTwoFactorEnrolment answered no data');
  return data.beginTwoFactorEnrolment;
}

/** Confirms that enrolment with a first code: the recovery codes (shown once) and the session it completes. */
export async function confirmEnrolmentForSignIn(
  challenge: string,
  code: string,
): Promise<{ codes: string[]; session: SessionPayloadFragment | null }> {
  const { data } = await apolloClient.mutate({
    mutation: ConfirmTwoFactorDocument,
    variables: { challenge, code },
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('confirmTwoFactor answered no data');
  return { codes: data.confirmTwoFactor.codes, session: data.confirmTwoFactor.session ?? null };
}

/** Ends the session on the server (the httpOnly refresh cookie included). */
export async function logout(): Promise<void> {
  await apolloClient.mutate({ mutation: LogoutDocument });
}
