// The password scoring thread: the only place zxcvbn and its dictionaries are loaded (see password-scorer.ts).
// Under vitest and vite-node, plain Node runs this file from source (type stripping), so it holds only erasable
// TypeScript and imports only packages: a relative `./x.js` import has no file beside the sources.
import { parentPort, workerData } from 'node:worker_threads';
import { type TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export type ScoreLocale = 'en' | 'zh-CN';

export interface ScoreRequest {
  id: number;
  password: string;
  /** Personal strings (email, name) that zxcvbn treats as guessable. */
  userInputs: string[];
  locale: ScoreLocale;
}

/** zxcvbn's verdict, its feedback already in the request's language. */
export interface ScoreResult {
  score: number;
  warning: string | null;
  suggestions: string[];
}

export type ScoreReply = ({ id: number } & ScoreResult) | { id: number; error: string };

/** Passed in `workerData`: the Chinese feedback comes from the main thread, which owns that module. */
export interface ScorerWorkerData {
  zhTranslations: unknown;
}

// One checker for both languages: its ranked dictionaries cost tens of megabytes, so they are built once.
// It reports translation keys ("warnings.common"), which `localized` turns into the caller's language.
const translationKeys = Object.fromEntries(
  Object.entries(en.translations).map(([group, entries]) => [
    group,
    Object.fromEntries(Object.keys(entries).map((key) => [key, `${group}.${key}`])),
  ]),
) as unknown as TranslationKeys;
const checker = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
  translations: translationKeys,
  // Only the first 64 characters are scored (longer ones only add strength); scoring cost grows fast with length.
  maxLength: 64,
  // The default (100) makes long digit or l33t strings cost tens of milliseconds each: a cheap DoS on a public query.
  l33tMaxSubstitutions: 10,
});
const TRANSLATIONS: Record<ScoreLocale, TranslationKeys> = {
  en: en.translations as TranslationKeys,
  'zh-CN': (workerData as ScorerWorkerData).zhTranslations as TranslationKeys,
};

function localized(locale: ScoreLocale, keyPath: string): string {
  const [group, key] = keyPath.split('.') as [keyof TranslationKeys, string];
  return (TRANSLATIONS[locale][group] as Record<string, string> | undefined)?.[key] ?? keyPath;
}

function score({ password, userInputs, locale }: ScoreRequest): ScoreResult {
  const { score, feedback } = checker.check(password, userInputs);
  return {
    score,
    warning: feedback.warning ? localized(locale, feedback.warning) : null,
    suggestions: feedback.suggestions.map((keyPath) => localized(locale, keyPath)),
  };
}

parentPort?.on('message', (request: ScoreRequest) => {
  let reply: ScoreReply;
  try {
    reply = { id: request.id, ...score(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
