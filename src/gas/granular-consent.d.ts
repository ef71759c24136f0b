/**
 * ScriptApp as Google documents it since granular consent (2025), beyond @types/google-apps-script
 * 2.0: getAuthorizationInfo(authMode, oAuthScopes) asks about the listed scopes only, and
 * AuthorizationInfo.getAuthorizedScopes() lists those the user granted among them
 * (developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String),
 * …/authorization-info#getAuthorizedScopes()). Merged into the published types, so the add-on and
 * the emulator are typed against one description.
 */
declare namespace GoogleAppsScript.Script {
  interface ScriptApp {
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
  }
  interface AuthorizationInfo {
    getAuthorizedScopes(): string[] | null;
  }
}
