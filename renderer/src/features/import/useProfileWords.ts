import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProfile } from '../../../../shared/model/profile';

export interface ProfileWords {
  /** The kind of export, from `profiles.kind.*`. */
  kind(kind: ImportProfile['kind']): string;
  /** A built-in profile's name in the user's language (`profiles.builtin.<kind>`); a project profile's own name. */
  name(profile: Pick<ImportProfile, 'name' | 'kind' | 'builtIn'>): string;
}

/** The words for profiles, from the profiles catalogue (shared/i18n/catalog/profiles.ts). */
export function useProfileWords(): ProfileWords {
  const { t, i18n } = useTranslation();
  const lookup = useCallback((key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback), [t, i18n]);
  return useMemo(
    () => ({
      kind: (kind) => lookup(`profiles.kind.${kind}`, kind),
      name: (p) => (p.builtIn ? lookup(`profiles.builtin.${p.kind}`, p.name) : p.name),
    }),
    [lookup],
  );
}
