import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

/** The languages of the interface, with their own names (shown untranslated in the switcher). */
export const LANGUAGES = [
  { code: 'en', label: 'English', short: 'EN' },
  { code: 'zh-CN', label: '中文', short: '中' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_STORAGE_KEY = 'ics.language';

/** zh, zh-CN, zh-Hans-CN, zh-TW… → zh-CN; everything else → en. */
export function toSupportedLanguage(code: string | null | undefined): Language {
  return code?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function currentLanguage(): Language {
  return toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/** Switches the interface language; the detector remembers it in localStorage. */
export function setLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}

function reflectOnDocument(language: string): void {
  document.documentElement.lang = toSupportedLanguage(language);
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    supportedLngs: ['en', 'zh-CN'],
    fallbackLng: 'en',
    load: 'currentOnly',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toSupportedLanguage,
    },
  });

reflectOnDocument(i18n.language);
i18n.on('languageChanged', (language) => {
  reflectOnDocument(language);
  document.title = i18n.t('app.name');
});
document.title = i18n.t('app.name');

export { i18n };
