import { useQuery } from '@apollo/client/react';
import { DeskTeamsDocument, type DeskTeamsQuery } from '../../../graphql/generated/graphql';

export type DeskTeam = DeskTeamsQuery['teams'][number];

/** Every team of the desk, by name, with how many people it has (to route, filter and transfer to). */
export function useDeskTeams(): { teams: DeskTeam[]; loading: boolean } {
  const { data, loading } = useQuery(DeskTeamsDocument, { fetchPolicy: 'cache-and-network' });
  return { teams: data?.teams ?? [], loading };
}
