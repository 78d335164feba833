import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Message } from '../messages/message.entity.js';

@ObjectType({ description: 'A message that matches a search, with a highlighted snippet.' })
export class SearchHit {
  @Field(() => Message)
  message!: Message;

  @Field(() => Conversation)
  conversation!: Conversation;

  @Field({ description: 'HTML: the matched words in <mark>…</mark>, everything else escaped.' })
  snippet!: string;

  @Field(() => Float, { description: 'Higher is better; comparable within one result list.' })
  score!: number;
}

@ObjectType()
export class SearchHitConnection extends Connection(SearchHit) {}
