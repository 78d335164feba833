import type { TFunction } from 'i18next';
import type { ApiError } from '../../../apollo/errors';
import type { DeskSettingsFieldsFragment, SettingsInput } from '../../../graphql/generated/graphql';

/**
 * Whole-number ranges of the numeric settings, as the server enforces them
 * (server/src/modules/settings/desk-settings.ts, SETTING_RANGES): checked here first so the form can say so at once.
 */
export const SETTING_RANGES = {
  'conversations.defaultCapacity': [0, 100],
  'sla.firstResponseMinutes': [1, 7 * 24 * 60],
  'sla.resolutionMinutes': [1, 30 * 24 * 60],
  'passwordPolicy.minLength': [8, 128],
  'sessions.accessTokenMinutes': [5, 60],
  'sessions.refreshTokenDays': [1, 30],
} as const satisfies Record<string, readonly [number, number]>;

export type NumberSetting = keyof typeof SETTING_RANGES;

/** ISO weekdays, Monday (1) to Sunday (7). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayForm {
  weekday: Weekday;
  open: boolean;
  opens: string;
  closes: string;
}

/** The form's values: numbers as typed (strings), every weekday with an open switch. */
export interface SettingsForm {
  timezone: string;
  days: DayForm[];
  autoAssign: boolean;
  numbers: Record<NumberSetting, string>;
  minScore: number;
  requireTwoFactor: string[];
  assistantEnabled: boolean;
  replySuggestions: boolean;
  autoTags: boolean;
  handOffConfidence: string;
}

/** Problems keyed by field: `group.field` as the server names them, and `businessHours.weekday.<1-7>.<opens|closes>`. */
export type SettingsProblems = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function formOf(settings: DeskSettingsFieldsFragment): SettingsForm {
  const days = new Map(settings.businessHours.days.map((day) => [day.weekday, day]));
  return {
    timezone: settings.businessHours.timezone,
    days: WEEKDAYS.map((weekday) => {
      const day = days.get(weekday);
      return { weekday, open: !!day, opens: day?.opens ?? '09:00', closes: day?.closes ?? '18:00' };
    }),
    autoAssign: settings.conversations.autoAssign,
    numbers: {
      'conversations.defaultCapacity': String(settings.conversations.defaultCapacity),
      'sla.firstResponseMinutes': String(settings.sla.firstResponseMinutes),
      'sla.resolutionMinutes': String(settings.sla.resolutionMinutes),
      'passwordPolicy.minLength': String(settings.passwordPolicy.minLength),
      'sessions.accessTokenMinutes': String(settings.sessions.accessTokenMinutes),
      'sessions.refreshTokenDays': String(settings.sessions.refreshTokenDays),
    },
    minScore: settings.passwordPolicy.minScore,
    requireTwoFactor: [...settings.security.requireTwoFactor],
    assistantEnabled: settings.assistant.enabled,
    replySuggestions: settings.assistant.replySuggestions,
    autoTags: settings.assistant.autoTags,
    handOffConfidence: String(settings.assistant.handOffConfidence),
  };
}

/** The open days as the API takes them, in weekday order (server problems name them by this position). */
function openDays(form: SettingsForm): DayForm[] {
  return form.days.filter((day) => day.open);
}

/** The whole form as one update: the server checks it as a whole and changes only what differs. */
export function inputOf(form: SettingsForm): SettingsInput {
  const number = (field: NumberSetting) => Number(form.numbers[field]);
  return {
    businessHours: {
      timezone: form.timezone,
      days: openDays(form).map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    },
    conversations: { autoAssign: form.autoAssign, defaultCapacity: number('conversations.defaultCapacity') },
    sla: { firstResponseMinutes: number('sla.firstResponseMinutes'), resolutionMinutes: number('sla.resolutionMinutes') },
    passwordPolicy: { minLength: number('passwordPolicy.minLength'), minScore: form.minScore },
    sessions: { accessTokenMinutes: number('sessions.accessTokenMinutes'), refreshTokenDays: number('sessions.refreshTokenDays') },
    security: { requireTwoFactor: form.requireTwoFactor },
    assistant: {
      enabled: form.assistantEnabled,
      replySuggestions: form.replySuggestions,
      autoTags: form.autoTags,
      handOffConfidence: Number(form.handOffConfidence),
    },
  };
}

function rangeProblem(t: TFunction, field: NumberSetting, typed: string): string | null {
  const [min, max] = SETTING_RANGES[field];
  const value = Number(typed);
  const ok = typed.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
  return ok ? null : t('adminConfig.settings.range', { min, max });
}

/** The checks the server makes, made first in the browser; `zones` are the time zones offered. */
export function validateSettings(t: TFunction, form: SettingsForm, zones: ReadonlySet<string>): SettingsProblems {
  const problems: SettingsProblems = {};
  if (!zones.has(form.timezone)) problems['businessHours.timezone'] = t('adminConfig.settings.businessHours.timezoneInvalid');
  for (const day of openDays(form)) {
    const at = `businessHours.weekday.${day.weekday}`;
    if (!TIME.test(day.opens)) problems[`${at}.opens`] = t('adminConfig.settings.businessHours.timeInvalid');
    if (!TIME.test(day.closes)) problems[`${at}.closes`] = t('adminConfig.settings.businessHours.timeInvalid');
    else if (TIME.test(day.opens) && day.closes <= day.opens)
      problems[`${at}.closes`] = t('adminConfig.settings.businessHours.closesAfterOpens');
  }
  for (const field of Object.keys(SETTING_RANGES) as NumberSetting[]) {
    const problem = rangeProblem(t, field, form.numbers[field]);
    if (problem) problems[field] = problem;
  }
  const confidence = Number(form.handOffConfidence);
  if (form.handOffConfidence.trim() === '' || !(confidence >= 0 && confidence <= 1))
    problems['assistant.handOffConfidence'] = t('adminConfig.settings.assistant.handOffConfidenceRange');
  return problems;
}

/**
 * The server's field problems on the form's fields: `businessHours.days.2.closes` names the third open day,
 * so it becomes that weekday's field; known codes in the interface language, others in the server's words.
 */
export function serverProblemsOf(t: TFunction, error: ApiError | null, form: SettingsForm): SettingsProblems {
  const problems: SettingsProblems = {};
  const days = openDays(form);
  for (const problem of error?.fields ?? []) {
    let field = problem.field.replace(/^input\./, '');
    let text = problem.message;
    const day = /^businessHours\.days\.(\d+)\.(opens|closes)$/.exec(field);
    if (day) {
      const weekday = days[Number(day[1])]?.weekday;
      field = `businessHours.weekday.${weekday}.${day[2]}`;
      if (problem.code === 'time') text = t('adminConfig.settings.businessHours.timeInvalid');
      else if (problem.code === 'range') text = t('adminConfig.settings.businessHours.closesAfterOpens');
    } else if (field in SETTING_RANGES && problem.code === 'range') {
      const [min, max] = SETTING_RANGES[field as NumberSetting];
      text = t('adminConfig.settings.range', { min, max });
    } else if (field === 'businessHours.timezone') {
      text = t('adminConfig.settings.businessHours.timezoneInvalid');
    } else if (field === 'assistant.handOffConfidence') {
      text = t('adminConfig.settings.assistant.handOffConfidenceRange');
    }
    problems[field] = problems[field] ? `${problems[field]} ${text}` : text;
  }
  return problems;
}

/** What a section of the settings form is given: the values, their problems to show, and how to change them. */
export interface SettingsSectionProps {
  form: SettingsForm;
  problems: SettingsProblems;
  onChange(patch: Partial<SettingsForm>): void;
  onNumber(field: NumberSetting, value: string): void;
}
