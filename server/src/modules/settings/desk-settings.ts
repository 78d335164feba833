import type { FieldProblem } from '../../graphql/errors.js';

/** A day the desk is open: ISO weekday (1 Monday … 7 Sunday) and local opening hours, `HH:MM`. */
export interface BusinessDay {
  weekday: number;
  opens: string;
  closes: string;
}

/** Every system setting, typed, with its default. Stored one row per field (`group.field`) in `settings`. */
export interface DeskSettings {
  businessHours: { timezone: string; days: BusinessDay[] };
  conversations: { autoAssign: boolean; defaultCapacity: number };
  sla: { firstResponseMinutes: number; resolutionMinutes: number };
  passwordPolicy: { minLength: number; minScore: number };
  sessions: { accessTokenMinutes: number; refreshTokenDays: number };
  security: { requireTwoFactor: string[] };
  assistant: { enabled: boolean; replySuggestions: boolean; autoTags: boolean; handOffConfidence: number };
}

export type SettingsGroup = keyof DeskSettings;

/** What `updateSettings` takes: any groups, any fields of them. */
export type SettingsPatch = { [G in SettingsGroup]?: Partial<DeskSettings[G]> | null };

const WEEKDAYS = [1, 2, 3, 4, 5];

export const DEFAULT_SETTINGS: DeskSettings = {
  businessHours: { timezone: 'UTC', days: WEEKDAYS.map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })) },
  conversations: { autoAssign: false, defaultCapacity: 5 },
  sla: { firstResponseMinutes: 60, resolutionMinutes: 24 * 60 },
  passwordPolicy: { minLength: 8, minScore: 3 },
  sessions: { accessTokenMinutes: 15, refreshTokenDays: 30 },
  security: { requireTwoFactor: [] },
  assistant: { enabled: true, replySuggestions: true, autoTags: true, handOffConfidence: 0.5 },
};

/** Whole-number ranges of the numeric settings: the bounds the API enforces and the form shows. */
export const SETTING_RANGES: Record<string, [number, number]> = {
  'conversations.defaultCapacity': [0, 100],
  'sla.firstResponseMinutes': [1, 7 * 24 * 60],
  'sla.resolutionMinutes': [1, 30 * 24 * 60],
  'passwordPolicy.minLength': [8, 128],
  'passwordPolicy.minScore': [1, 4],
  'sessions.accessTokenMinutes': [5, 60],
  // The refresh cookie lives 30 days: a longer server-side lifetime would outlive it.
  'sessions.refreshTokenDays': [1, 30],
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

/** Every problem of a patch, each naming its field as `group.field` (and `businessHours.days.2.opens`). */
export function settingsProblems(patch: SettingsPatch, roleKeys: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string, code: string) => problems.push({ field, message, code });
  for (const [group, fields] of Object.entries(patch) as Array<[SettingsGroup, Record<string, unknown> | null | undefined]>) {
    for (const [name, value] of Object.entries(fields ?? {})) {
      if (value === undefined || value === null) continue;
      const field = `${group}.${name}`;
      const range = SETTING_RANGES[field];
      if (range && (!Number.isInteger(value) || (value as number) < range[0] || (value as number) > range[1])) {
        problem(field, `Use a whole number from ${range[0]} to ${range[1]}.`, 'range');
      }
    }
  }
  const hours = patch.businessHours;
  if (hours?.timezone != null && !isTimeZone(hours.timezone))
    problem('businessHours.timezone', 'Use an IANA time zone such as Asia/Shanghai.', 'timezone');
  hours?.days?.forEach((day, index) => {
    const at = `businessHours.days.${index}`;
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7)
      problem(`${at}.weekday`, 'Weekdays go from 1 (Monday) to 7 (Sunday).', 'range');
    if (!TIME.test(day.opens)) problem(`${at}.opens`, 'Give the time as HH:MM.', 'time');
    if (!TIME.test(day.closes)) problem(`${at}.closes`, 'Give the time as HH:MM.', 'time');
    else if (TIME.test(day.opens) && day.closes <= day.opens) problem(`${at}.closes`, 'Closing comes after opening.', 'range');
  });
  const weekdays = hours?.days?.map((day) => day.weekday) ?? [];
  if (new Set(weekdays).size !== weekdays.length) problem('businessHours.days', 'Each weekday at most once.', 'duplicate');
  const confidence = patch.assistant?.handOffConfidence;
  if (confidence != null && !(confidence >= 0 && confidence <= 1))
    problem('assistant.handOffConfidence', 'Use a number from 0 to 1.', 'range');
  const unknownRoles = (patch.security?.requireTwoFactor ?? []).filter((key) => !roleKeys.has(key));
  if (unknownRoles.length > 0) problem('security.requireTwoFactor', `No such role: ${unknownRoles.join(', ')}.`, 'unknown');
  return problems;
}
