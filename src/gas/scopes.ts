// Granular consent: Google's consent screen lets a user untick single permissions, and Apps Script
// then runs the add-on without them. An action checks the scopes it needs before it starts, so a
// missing one is a question to the user in Indonesian, not Google's English error half-way.
import type { ScopeInfo } from '../core/scopes';

export interface MissingScopes {
  /** What each missing permission is for, in the clerk's words, with Google's consent text. */
  izin: { untuk: string; consentText: string }[];
  /** Google's page that asks for them again (null when Google gives none). */
  url: string | null;
}

/** The scopes of `needed` the user has not granted, or null when all are granted. */
export function missingScopes(needed: readonly ScopeInfo[]): MissingScopes | null {
  const info = ScriptApp.getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    needed.map((s) => s.url),
  );
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  const granted = info.getAuthorizedScopes() ?? [];
  const missing = needed.filter((s) => !granted.includes(s.url));
  if (missing.length === 0) return null;
  return {
    izin: missing.map(({ untuk, consentText }) => ({ untuk, consentText })),
    url: info.getAuthorizationUrl() || null,
  };
}
