import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { ReplyTemplate } from './reply-template.entity.js';

@ObjectType()
export class ReplyTemplateConnection extends Connection(ReplyTemplate) {}
