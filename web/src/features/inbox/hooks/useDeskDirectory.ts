import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DeskDirectoryDocument } from '../../../graphql/generated/graphql';

export interface DirectoryEntry {
  id: string;
  name: string;
}

export interface DeskDirectory {
  agents: DirectoryEntry[];
  teams: DirectoryEntry[];
  loading: boolean;
}

const byName = (a: DirectoryEntry, b: DirectoryEntry) => a.name.localeCompare(b.name);

/**
 * The agents and teams to transfer to or filter by. The API has no list of users or teams yet, so this is
 * everyone who handles (or is being handed) one of the latest conversations, and every team they are routed to.
 */
export function useDeskDirectory(): DeskDirectory {
  const { data, loading } = useQuery(DeskDirectoryDocument, { fetchPolicy: 'cache-and-network' });
  return useMemo(() => {
    const agents = new Map<string, string>();
    const teams = new Map<string, string>();
    for (const { node } of data?.conversations.edges ?? []) {
      for (const person of [node.assignee, node.transferTarget]) if (person) agents.set(person.id, person.displayName);
      if (node.team) teams.set(node.team.id, node.team.name);
    }
    const list = (map: Map<string, string>) => [...map].map(([id, name]) => ({ id, name })).sort(byName);
    return { agents: list(agents), teams: list(teams), loading };
  }, [data, loading]);
}
