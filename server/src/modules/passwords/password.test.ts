import { afterAll, describe, expect, it } from 'vitest';
import { closePasswordScorer, scorePassword } from './password.js';
import { PasswordScorer } from './password-scorer.js';

/** A stand-in worker: answers `score = password length`, exits on "crash", never answers "hang". */
const FAKE_WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', ({ id, password }) => {
      if (password === 'crash') process.exit(3);
      if (password === 'hang') return;
      setTimeout(() => parentPort.postMessage({ id, score: password.length, warning: null, suggestions: [] }), 20);
    });`)}`,
);
const request = (password: string) => ({ password, userInputs: [], locale: 'en' as const });

afterAll(() => closePasswordScorer());

describe('scorePassword', () => {
  it('gives the same answers as the synchronous checker did, in English and Chinese', async () => {
    expect(await scorePassword('password1', { locale: 'en' })).toEqual({
      score: 0,
      acceptable: false,
      warning: 'This is a commonly used password.',
      suggestions: ['Add more words that are less common.'],
      problem: 'weakPassword',
    });
    expect(await scorePassword('password1', { locale: 'zh-CN' })).toEqual({
      score: 0,
      acceptable: false,
      warning: '这是一个常用密码。',
      suggestions: ['添加更多不常见的单词。'],
      problem: 'weakPassword',
    });
    const strong = { score: 4, acceptable: true, warning: null, suggestions: [], problem: null };
    expect(await scorePassword('violet-Harbor-42-lantern', { locale: 'en' })).toEqual(strong);
    expect(await scorePassword('violet-Harbor-42-lantern', { locale: 'zh-CN' })).toEqual(strong);
    expect(await scorePassword('Bartholomew-2024', { displayName: 'Bartholomew', locale: 'zh-CN' })).toEqual({
      score: 1,
      acceptable: false,
      warning: '密码中不要包含您的邮箱地址或姓名。',
      suggestions: ['添加更多不常见的单词。', '不要只大写第一个字母。'],
      problem: 'personalInfo',
    });
    expect(await scorePassword('short', { locale: 'en' })).toMatchObject({ problem: 'tooShort', warning: 'Use at least 8 characters.' });
    expect(await scorePassword('x'.repeat(129), { locale: 'zh-CN' })).toEqual({
      score: 0,
      acceptable: false,
      warning: '密码最多 128 个字符。',
      suggestions: [],
      problem: 'tooLong',
    });
  });

  it('matches concurrent answers to their calls', async () => {
    const cases = Array.from({ length: 60 }, (_, i) => {
      const kind = i % 3;
      const password = kind === 0 ? 'password1' : kind === 1 ? `violet-Harbor-${i}-lantern` : 'short';
      return { password, locale: i % 2 ? 'zh-CN' : 'en', problem: ['weakPassword', null, 'tooShort'][kind] };
    });
    const results = await Promise.all(cases.map(({ password, locale }) => scorePassword(password, { locale })));
    results.forEach((result, i) => {
      expect(result.problem).toBe(cases[i]?.problem);
      if (cases[i]?.problem === 'weakPassword')
        expect(result.warning).toBe(i % 2 ? '这是一个常用密码。' : 'This is a commonly used password.');
    });
  });
});

describe('PasswordScorer', () => {
  it('refuses with RATE_LIMITED beyond its bound, and accepts again once the queue drains', async () => {
    const scorer = new PasswordScorer({ maxPending: 3, workerUrl: FAKE_WORKER });
    try {
      const calls = ['a', 'bb', 'ccc', 'dddd', 'eeeee'].map((password) => scorer.score(request(password)));
      const settled = await Promise.allSettled(calls);
      expect(settled.slice(0, 3).map((s) => s.status === 'fulfilled' && s.value.score)).toEqual([1, 2, 3]);
      for (const refused of settled.slice(3)) {
        expect(refused).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'RATE_LIMITED' } } });
      }
      expect((await scorer.score(request('ffffff'))).score).toBe(6);
    } finally {
      await scorer.close();
    }
  });

  it('rejects what a crashed worker owed and starts a fresh one for the next call', async () => {
    const scorer = new PasswordScorer({ workerUrl: FAKE_WORKER });
    try {
      const owed = await Promise.allSettled([scorer.score(request('crash')), scorer.score(request('abc'))]);
      for (const call of owed)
        expect(call).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/exited \(code 3\)/) } });
      expect((await scorer.score(request('abcd'))).score).toBe(4);
    } finally {
      await scorer.close();
    }
  });

  it('replaces a worker that stops answering, and close() rejects pending calls', async () => {
    const scorer = new PasswordScorer({ workerUrl: FAKE_WORKER, stallTimeoutMs: 200 });
    try {
      await expect(scorer.score(request('hang'))).rejects.toThrow(/did not answer within 200 ms/);
      expect((await scorer.score(request('ab'))).score).toBe(2);
      const pending = expect(scorer.score(request('hang'))).rejects.toThrow(/shut down/);
      await scorer.close();
      await pending;
      expect((await scorer.score(request('abc'))).score).toBe(3);
    } finally {
      await scorer.close();
    }
  });
});
