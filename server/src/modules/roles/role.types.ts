import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A permission of the catalogue, with what it allows in both languages.' })
export class PermissionInfo {
  @Field({ description: 'The key roles list, e.g. `conversation:transfer`.' })
  key!: string;

  @Field({ description: 'What it is about (the part before the first colon), for grouping.' })
  area!: string;

  @Field()
  en!: string;

  @Field()
  zhCN!: string;
}
