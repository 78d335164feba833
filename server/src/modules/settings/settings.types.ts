import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'A day the desk is open, in its time zone.' })
@InputType('BusinessDayInput')
export class BusinessDay {
  @Field(() => Int, { description: '1 (Monday) to 7 (Sunday).' })
  weekday!: number;

  @Field({ description: '`HH:MM`, 24-hour.' })
  opens!: string;

  @Field({ description: '`HH:MM`, after `opens`.' })
  closes!: string;
}

@ObjectType()
export class BusinessHours {
  @Field({ description: 'IANA time zone, e.g. `Asia/Shanghai`: also the default of reports.' })
  timezone!: string;

  @Field(() => [BusinessDay], { description: 'The open days; days not listed are closed.' })
  days!: BusinessDay[];
}

@ObjectType()
export class ConversationSettings {
  @Field({ description: 'New conversations go to the least-loaded available agent of their team.' })
  autoAssign!: boolean;

  @Field(() => Int, { description: 'Capacity of people added from now on.' })
  defaultCapacity!: number;
}

@ObjectType({ description: 'Service-level targets, in minutes.' })
export class SlaSettings {
  @Field(() => Int)
  firstResponseMinutes!: number;

  @Field(() => Int)
  resolutionMinutes!: number;
}

@ObjectType()
export class PasswordPolicySettings {
  @Field(() => Int, { description: 'At least 8.' })
  minLength!: number;

  @Field(() => Int, { description: 'Strength score needed, 1–4 (zxcvbn).' })
  minScore!: number;
}

@ObjectType()
export class SessionSettings {
  @Field(() => Int, { description: 'Lifetime of access tokens (5–60 minutes).' })
  accessTokenMinutes!: number;

  @Field(() => Int, { description: 'How long a session lasts without use (1–30 days).' })
  refreshTokenDays!: number;
}

@ObjectType()
export class SecuritySettings {
  @Field(() => [String], { description: 'Role keys whose holders must use two-factor sign-in.' })
  requireTwoFactor!: string[];
}

@ObjectType({ description: 'Options of the assistant.' })
export class AssistantSettings {
  @Field()
  enabled!: boolean;

  @Field()
  replySuggestions!: boolean;

  @Field()
  autoTags!: boolean;

  @Field(() => Float, { description: 'Below this confidence (0–1) the assistant hands a customer to a person.' })
  handOffConfidence!: number;
}

@ObjectType({ description: 'The system settings.' })
export class Settings {
  @Field(() => BusinessHours)
  businessHours!: BusinessHours;

  @Field(() => ConversationSettings)
  conversations!: ConversationSettings;

  @Field(() => SlaSettings)
  sla!: SlaSettings;

  @Field(() => PasswordPolicySettings)
  passwordPolicy!: PasswordPolicySettings;

  @Field(() => SessionSettings)
  sessions!: SessionSettings;

  @Field(() => SecuritySettings)
  security!: SecuritySettings;

  @Field(() => AssistantSettings)
  assistant!: AssistantSettings;

  @Field(() => Date, { nullable: true, description: 'The last change; null while every setting has its default.' })
  updatedAt!: Date | null;

  @Field(() => User, { nullable: true })
  updatedBy!: User | null;
}

@InputType()
export class BusinessHoursInput {
  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => [BusinessDay], { nullable: true, description: 'The whole new list of open days.' })
  @IsOptional()
  @ArrayMaxSize(7)
  days?: BusinessDay[] | null;
}

@InputType()
export class ConversationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  autoAssign?: boolean | null;

  @Field(() => Int, { nullable: true })
  defaultCapacity?: number | null;
}

@InputType()
export class SlaSettingsInput {
  @Field(() => Int, { nullable: true })
  firstResponseMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  resolutionMinutes?: number | null;
}

@InputType()
export class PasswordPolicyInput {
  @Field(() => Int, { nullable: true })
  minLength?: number | null;

  @Field(() => Int, { nullable: true })
  minScore?: number | null;
}

@InputType()
export class SessionSettingsInput {
  @Field(() => Int, { nullable: true })
  accessTokenMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  refreshTokenDays?: number | null;
}

@InputType()
export class SecuritySettingsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  requireTwoFactor?: string[] | null;
}

@InputType()
export class AssistantSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  replySuggestions?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  autoTags?: boolean | null;

  @Field(() => Float, { nullable: true })
  handOffConfidence?: number | null;
}

@InputType({ description: 'Settings to change; omitted groups and fields stay as they are. Fields named `group.field` in errors.' })
export class SettingsInput {
  @Field(() => BusinessHoursInput, { nullable: true })
  businessHours?: BusinessHoursInput | null;

  @Field(() => ConversationSettingsInput, { nullable: true })
  conversations?: ConversationSettingsInput | null;

  @Field(() => SlaSettingsInput, { nullable: true })
  sla?: SlaSettingsInput | null;

  @Field(() => PasswordPolicyInput, { nullable: true })
  passwordPolicy?: PasswordPolicyInput | null;

  @Field(() => SessionSettingsInput, { nullable: true })
  sessions?: SessionSettingsInput | null;

  @Field(() => SecuritySettingsInput, { nullable: true })
  security?: SecuritySettingsInput | null;

  @Field(() => AssistantSettingsInput, { nullable: true })
  assistant?: AssistantSettingsInput | null;
}
