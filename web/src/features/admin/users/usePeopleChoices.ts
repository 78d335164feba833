import { useQuery } from '@apollo/client/react';
import { AdminPeopleChoicesDocument, type AdminPeopleChoicesQuery } from '../../../graphql/generated/graphql';

export type RoleChoice = AdminPeopleChoicesQuery['roles'][number];
export type TeamChoice = AdminPeopleChoicesQuery['teams'][number];

/** The roles and teams the filters and the person form offer (read afresh on each visit). */
export function usePeopleChoices(): { roles: RoleChoice[]; teams: TeamChoice[] } {
  const { data } = useQuery(AdminPeopleChoicesDocument);
  return { roles: data?.roles ?? [], teams: data?.teams ?? [] };
}

/** Whether a role takes conversations, so its people have a load and a capacity worth showing. */
export function handlesConversations(role: { permissions: readonly string[] }): boolean {
  return role.permissions.includes('conversation:handle');
}
