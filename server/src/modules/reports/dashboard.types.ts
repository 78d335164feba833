import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tag } from '../tags/tag.entity.js';
import { User } from '../users/user.entity.js';

export enum ReportGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ReportGranularity, { name: 'Granularity', description: 'Days, weeks (from Monday) or months, in the chosen time zone.' });

@InputType()
export class DashboardInput {
  @Field(() => Date, { description: 'Start of the range (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End of the range (exclusive); at most two years after `from` by day, ten by week or month.' })
  to!: Date;

  @Field(() => ReportGranularity)
  granularity!: ReportGranularity;

  @Field(() => String, { nullable: true, description: "IANA time zone of the buckets; the business hours' zone when omitted." })
  @IsOptional()
  @MaxLength(64)
  timezone?: string | null;

  @Field(() => ID, { nullable: true, description: "One agent's figures. Without `report:export`, always your own." })
  @IsOptional()
  @MaxLength(64)
  agentId?: string | null;
}

@ObjectType({ description: 'One day, week or month of the range.' })
export class DashboardBucket {
  @Field({ description: 'The local date it starts on, `YYYY-MM-DD`.' })
  label!: string;

  @Field()
  start!: Date;

  @Field()
  end!: Date;

  @Field(() => Int, { description: 'Conversations started in it.' })
  created!: number;

  @Field(() => Int, { description: 'Conversations completed in it (by their current completion time).' })
  completed!: number;

  @Field(() => Int, { description: 'Conversations open at its end.' })
  backlog!: number;

  @Field(() => Float, { nullable: true, description: 'Median first response, minutes, of the conversations started in it.' })
  firstResponseMedian!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median resolution time, minutes, of the conversations completed in it.' })
  resolutionMedian!: number | null;
}

@ObjectType({ description: 'Durations in minutes: median and 90th percentile (nearest rank), and the share within the SLA target.' })
export class DurationStats {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  p90!: number | null;

  @Field(() => Float, { nullable: true, description: '0–1; null when there is nothing to measure.' })
  withinTarget!: number | null;

  @Field(() => Int)
  targetMinutes!: number;
}

@ObjectType()
export class AgentWorkload {
  @Field(() => User)
  agent!: User;

  @Field(() => Int, { description: 'Open conversations assigned to them now.' })
  open!: number;

  @Field(() => Int, { description: 'Conversations they completed in the range.' })
  handled!: number;

  @Field(() => Int, { description: 'Replies they sent in the range (private notes not counted).' })
  messagesSent!: number;
}

@ObjectType()
export class Satisfaction {
  @Field(() => Float, { nullable: true, description: 'Average rating (1–5) of the ratings given in the range.' })
  average!: number | null;

  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Ratings given ÷ conversations completed in the range (0–1).' })
  responseRate!: number | null;

  @Field(() => [Int], { description: 'How many ratings of 1, 2, 3, 4 and 5 stars.' })
  distribution!: number[];
}

@ObjectType({ description: 'Conversations started in one local hour of the week.' })
export class HourCount {
  @Field(() => Int, { description: '1 (Monday) to 7 (Sunday).' })
  weekday!: number;

  @Field(() => Int, { description: '0–23.' })
  hour!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class TagCount {
  @Field(() => Tag)
  tag!: Tag;

  @Field(() => Int, { description: 'Conversations started in the range with this tag.' })
  count!: number;
}

@ObjectType({ description: 'The figures of a range (see the README, "Metric definitions").' })
export class Dashboard {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => ReportGranularity)
  granularity!: ReportGranularity;

  @Field()
  timezone!: string;

  @Field(() => User, { nullable: true, description: 'The agent the figures are narrowed to.' })
  agent!: User | null;

  @Field(() => [DashboardBucket])
  buckets!: DashboardBucket[];

  @Field(() => Int, { description: 'Conversations open at the end of the range.' })
  backlog!: number;

  @Field(() => DurationStats, { description: 'Of the conversations started in the range that got a first reply.' })
  firstResponse!: DurationStats;

  @Field(() => DurationStats, { description: 'Of the conversations completed in the range.' })
  resolution!: DurationStats;

  @Field(() => [AgentWorkload], { description: 'Agents with open or handled conversations or replies, busiest first.' })
  agents!: AgentWorkload[];

  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => [HourCount], { description: 'All 168 hours of the week, Monday 0:00 first.' })
  busiestHours!: HourCount[];

  @Field(() => [TagCount], { description: 'The ten most used tags of the conversations started in the range.' })
  topTags!: TagCount[];
}
