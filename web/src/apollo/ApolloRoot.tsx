import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { apolloClient } from './client';

/**
 * Provides the Apollo client to every route. Loaded as its own chunk (in parallel with the session
 * restore, which needs no Apollo), so the first paint does not wait for the GraphQL client.
 */
export function ApolloRoot() {
  return (
    <ApolloProvider client={apolloClient}>
      <Outlet />
    </ApolloProvider>
  );
}
