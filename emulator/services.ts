/** Session and Utilities fakes. */
import type { CallCounter } from './call-counter.ts';
import { formatDatePattern } from './zoned-time.ts';

const DEFAULT_USER_EMAIL = 'operator@kecamatan.example';

type GasUser = GoogleAppsScript.Base.User;

export type FakeSession = Pick<GoogleAppsScript.Base.Session, 'getActiveUser'>;

export function createSession(counter: CallCounter, options: { userEmail?: string } = {}): FakeSession {
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
  };
}

export type FakeUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;

export function createUtilities(counter: CallCounter): FakeUtilities {
  return {
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      counter.hit('Utilities.formatDate');
      if (!date || Object.prototype.toString.call(date) !== '[object Date]') {
        throw new Error(
          `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
        );
      }
      return formatDatePattern(date as unknown as Date, String(timeZone), String(format));
    },
  };
}
