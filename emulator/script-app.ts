/**
 * ScriptApp: the authorization check of granular consent, as Google documents it
 * (developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo and
 * …/authorization-info): getAuthorizationInfo(authMode, oAuthScopes) tells whether the user has
 * granted the listed scopes (all the script's scopes without a list); getAuthorizationStatus() is
 * REQUIRED when one is missing (only in AuthMode.FULL: no other mode asks the user for anything);
 * getAuthorizedScopes() lists the granted ones among those asked about; getAuthorizationUrl() is
 * the page that asks for them, null when nothing is required. The two-argument form and
 * getAuthorizedScopes are typed in src/gas/granular-consent.d.ts.
 */
import type { CallCounter } from './call-counter.ts';

type AuthMode = GoogleAppsScript.Script.AuthMode;
type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo;

export type FakeScriptApp = Pick<
  GoogleAppsScript.Script.ScriptApp,
  'AuthMode' | 'AuthorizationStatus' | 'getAuthorizationInfo'
>;

/** Enum members stand in as their names, compared by identity like Apps Script's enum objects. */
const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
const STATUS = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };

const EMULATOR_AUTHORIZATION_URL = 'https://script.google.com/macros/d/EMULATOR/authorize';

/**
 * `scopes`: the script's scopes (its manifest); `granted`: those the user allowed on the consent
 * screen (default: all of them).
 */
export function createScriptApp(
  counter: CallCounter,
  scopes: readonly string[],
  granted?: readonly string[],
): FakeScriptApp {
  const allowed = new Set(granted ?? scopes);
  return {
    AuthMode: AUTH_MODE as unknown as typeof GoogleAppsScript.Script.AuthMode,
    AuthorizationStatus: STATUS as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus,
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes?: string[]): AuthorizationInfo {
      counter.hit('ScriptApp.getAuthorizationInfo');
      const modes: unknown[] = Object.values(AUTH_MODE);
      const listOk =
        oAuthScopes === undefined || (Array.isArray(oAuthScopes) && oAuthScopes.every((s) => typeof s === 'string'));
      if (!modes.includes(authMode) || !listOk) {
        throw new Error("The parameters don't match the method signature for ScriptApp.getAuthorizationInfo.");
      }
      const asked = oAuthScopes ?? [...scopes];
      const required = authMode === (AUTH_MODE.FULL as unknown) && asked.some((s) => !allowed.has(s));
      return {
        getAuthorizationStatus() {
          counter.hit('ScriptApp.AuthorizationInfo.getAuthorizationStatus');
          return (required
            ? STATUS.REQUIRED
            : STATUS.NOT_REQUIRED) as unknown as GoogleAppsScript.Script.AuthorizationStatus;
        },
        getAuthorizationUrl() {
          counter.hit('ScriptApp.AuthorizationInfo.getAuthorizationUrl');
          // String|null in the reference; the published types say string.
          return (required ? EMULATOR_AUTHORIZATION_URL : null) as string;
        },
        getAuthorizedScopes() {
          counter.hit('ScriptApp.AuthorizationInfo.getAuthorizedScopes');
          return asked.filter((s) => allowed.has(s));
        },
      };
    },
  };
}
