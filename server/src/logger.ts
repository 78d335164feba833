import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets never reach the output. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ics-server' },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.refreshToken',
        'authorization',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
