import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateFormat {
  /** "14:05" today, "Mar 3, 14:05" before. */
  short(iso: string): string;
  /** Date and time in full, for titles and screen readers. */
  full(iso: string): string;
  /** A calendar date, for date inputs' labels. */
  day(iso: string): string;
}

/** Dates in the interface language and the browser's time zone. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    const dayTime = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    const full = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return {
      short(iso) {
        const date = new Date(iso);
        return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
      },
      full: (iso) => full.format(new Date(iso)),
      day: (iso) => day.format(new Date(iso)),
    };
  }, [language]);
}
