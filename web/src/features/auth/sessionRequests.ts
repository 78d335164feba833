import { apolloClient } from '../../apollo/client';
import { LoginDocument, type LoginInput, LogoutDocument, type SessionPayloadFragment } from '../../graphql/generated/graphql';

// Sign-in and sign-out through the GraphQL client. Loaded with `import()`: the sign-in page renders before the
// client and the documents arrive, which keeps a first visit inside the bundle budget (scripts/bundle-budget.mjs).

/** Signs in with email and password; rejects with the API's error (apiErrorOf reads it). */
export async function login(input: LoginInput): Promise<SessionPayloadFragment | null> {
  const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { input } });
  return data?.login ?? null;
}

/** Ends the session on the server (the httpOnly refresh cookie included). */
export async function logout(): Promise<void> {
  await apolloClient.mutate({ mutation: LogoutDocument });
}
