/** Session, Utilities, Logger and ScriptApp fakes. */
import { randomUUID } from 'node:crypto';
import type { CallCounter } from './call-counter.ts';
import { formatDatePattern } from './zoned-time.ts';

const DEFAULT_USER_EMAIL = 'operator@kecamatan.example';

type GasUser = GoogleAppsScript.Base.User;

export type FakeSession = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

export function createSession(
  counter: CallCounter,
  options: { userEmail?: string; timeZone?: string; locale?: string } = {},
): FakeSession {
  const email = options.userEmail ?? DEFAULT_USER_EMAIL;
  const user: Pick<GasUser, 'getEmail'> = {
    getEmail(): string {
      counter.hit('Session.User.getEmail');
      return email;
    },
  };
  return {
    getActiveUser(): GasUser {
      counter.hit('Session.getActiveUser');
      return user as GasUser;
    },
    getEffectiveUser(): GasUser {
      counter.hit('Session.getEffectiveUser');
      return user as GasUser;
    },
    getScriptTimeZone(): string {
      counter.hit('Session.getScriptTimeZone');
      return options.timeZone ?? 'Asia/Jakarta';
    },
    getActiveUserLocale(): string {
      counter.hit('Session.getActiveUserLocale');
      return options.locale ?? 'id';
    },
    getTemporaryActiveUserKey(): string {
      counter.hit('Session.getTemporaryActiveUserKey');
      return `temp-key-${email}`;
    },
  };
}

export type FakeUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'>;

export function createUtilities(counter: CallCounter): FakeUtilities {
  return {
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      counter.hit('Utilities.formatDate');
      if (!date || Object.prototype.toString.call(date) !== '[object Date]') {
        throw new Error(
          'The parameters (' +
            typeof date +
            ",String,String) don't match the method signature for Utilities.formatDate.",
        );
      }
      return formatDatePattern(date as unknown as Date, String(timeZone), String(format));
    },
    getUuid(): string {
      counter.hit('Utilities.getUuid');
      return randomUUID();
    },
    sleep(milliseconds: number): void {
      counter.hit('Utilities.sleep');
    },
  };
}

export interface LoggerRecord {
  lines: string[];
}

export type FakeLogger = Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>;

function formatLog(data: unknown, values: unknown[]): string {
  if (values.length === 0 || typeof data !== 'string')
    return typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
  let i = 0;
  return data.replace(/%[sdf]/g, (m) => (i < values.length ? String(values[i++]) : m));
}

export function createLogger(counter: CallCounter, echo = false): { logger: FakeLogger; record: LoggerRecord } {
  const record: LoggerRecord = { lines: [] };
  const logger: FakeLogger = {
    log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      counter.hit('Logger.log');
      const line = formatLog(data, values);
      record.lines.push(line);
      if (echo) console.log(line);
      return logger as GoogleAppsScript.Base.Logger;
    },
    getLog(): string {
      counter.hit('Logger.getLog');
      return record.lines.join('\n');
    },
    clear(): void {
      counter.hit('Logger.clear');
      record.lines.length = 0;
    },
  };
  return { logger, record };
}

const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});

export type FakeScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'getScriptId'>;

export function createScriptApp(counter: CallCounter): FakeScriptApp {
  return {
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
    getScriptId(): string {
      counter.hit('ScriptApp.getScriptId');
      return 'fake-script-id';
    },
  };
}
