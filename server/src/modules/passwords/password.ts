import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../../graphql/errors.js';
import { PasswordScorer } from './password-scorer.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_SCORE = 3;

/** argon2id (the library's default algorithm), 19 MiB, t=2, p=1: the OWASP baseline. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verified against when the account does not exist, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash;
}

export interface PasswordStrength {
  score: number;
  acceptable: boolean;
  warning: string | null;
  suggestions: string[];
  /** Why it is refused, as a stable code: `tooShort`, `tooLong`, `personalInfo` or `weakPassword`. */
  problem: 'tooShort' | 'tooLong' | 'personalInfo' | 'weakPassword' | null;
}

export interface PasswordContext {
  email?: string | null;
  displayName?: string | null;
  locale?: string | null;
  /** The desk's password policy (settings); the built-in minimums when absent. */
  policy?: PasswordPolicy | null;
}

/** What the settings may raise: the length and the zxcvbn score (0–4) a password needs. */
export interface PasswordPolicy {
  minLength: number;
  minScore: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: PASSWORD_MIN_LENGTH, minScore: PASSWORD_MIN_SCORE };

// zxcvbn runs on a worker thread (password-scorer.ts): it blocks for milliseconds per call and its heap churn
// would grow this process's memory for good.
const scorer = new PasswordScorer();

/** Stops the scoring worker (at shutdown); a later scoring starts it again. */
export function closePasswordScorer(): Promise<void> {
  return scorer.close();
}

const MESSAGES = {
  en: {
    tooShort: (minLength: number) => `Use at least ${minLength} characters.`,
    tooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    personal: 'Do not use your email address or name in your password.',
    weak: 'This password is too easy to guess.',
    longer: 'Add more words or characters; a short phrase of unrelated words works well.',
  },
  'zh-CN': {
    tooShort: (minLength: number) => `密码至少需要 ${minLength} 个字符。`,
    tooLong: `密码最多 ${PASSWORD_MAX_LENGTH} 个字符。`,
    personal: '密码中不要包含您的邮箱地址或姓名。',
    weak: '这个密码太容易被猜到。',
    longer: '请增加更多单词或字符；几个不相关的单词组成的短语效果很好。',
  },
} as const;

/** Personal strings a password must not equal or contain. */
function personalTerms({ email, displayName }: PasswordContext): string[] {
  const terms = new Set<string>();
  const lowerEmail = email?.trim().toLowerCase();
  if (lowerEmail) {
    terms.add(lowerEmail);
    const local = lowerEmail.split('@')[0];
    if (local && local.length >= 3) terms.add(local);
  }
  const name = displayName?.trim().toLowerCase();
  if (name && name.length >= 3) terms.add(name);
  return [...terms];
}

/**
 * The one password rule, used by registration, reset, change and the `passwordStrength` query:
 * at least 8 characters (or the policy's minimum) and at most 128, a zxcvbn score of at least 3 (or the
 * policy's), and no email or name inside.
 */
export async function scorePassword(password: string, context: PasswordContext = {}): Promise<PasswordStrength> {
  const locale = context.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const text = MESSAGES[locale];
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { score: 0, acceptable: false, warning: text.tooLong, suggestions: [], problem: 'tooLong' };
  }
  const terms = personalTerms(context);
  // Refused with RATE_LIMITED when too many scorings wait; rejected (INTERNAL_SERVER_ERROR) if the worker fails.
  const result = await scorer.score({ password, userInputs: terms, locale });
  const lower = password.toLowerCase();
  const containsPersonal = terms.some((term) => lower.includes(term));
  const policy = context.policy ?? DEFAULT_PASSWORD_POLICY;
  const tooShort = password.length < Math.max(policy.minLength, PASSWORD_MIN_LENGTH);
  const score = tooShort || containsPersonal ? Math.min(result.score, 1) : result.score;
  const acceptable = !tooShort && !containsPersonal && score >= Math.max(policy.minScore, 1);

  let warning = result.warning;
  if (tooShort) warning = text.tooShort(Math.max(policy.minLength, PASSWORD_MIN_LENGTH));
  else if (containsPersonal) warning = text.personal;
  else if (!acceptable && !warning) warning = text.weak;

  const { suggestions } = result;
  if (!acceptable && suggestions.length === 0) suggestions.push(text.longer);
  const problem = acceptable ? null : tooShort ? 'tooShort' : containsPersonal ? 'personalInfo' : 'weakPassword';
  return { score, acceptable, warning: acceptable ? null : warning, suggestions: acceptable ? [] : suggestions, problem };
}

/** Throws BAD_USER_INPUT on `field` when the password fails the rule, with the scorer's feedback as the message. */
export async function assertStrongPassword(password: string, context: PasswordContext, field: string): Promise<void> {
  const strength = await scorePassword(password, context);
  if (!strength.acceptable) {
    const message = [strength.warning, ...strength.suggestions].filter(Boolean).join(' ');
    throw badInput([{ field, message, code: strength.problem ?? 'weakPassword' }], message);
  }
}
