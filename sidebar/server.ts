/**
 * The one place that talks to google.script.run: each call becomes a promise, and every call
 * gets a failure handler, so a server error always reaches the user as its (Indonesian) message.
 */
import type { ServerApi } from './api-types';
import { googleErrorInIndonesian } from './google-errors';
import { TEKS } from './texts';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
  [serverFunction: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

/**
 * Apps Script may prefix the thrown message with its class name; the user needs only the text.
 * Google's own English errors are said in Indonesian, with what to do.
 */
export function messageOf(error: unknown): string {
  const raw =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  const text = raw.replace(/^(?:Uncaught\s+)?(?:Error|Exception|ScriptError|TypeError):\s*/, '').trim();
  return googleErrorInIndonesian(text) ?? (text || TEKS.gagalTanpaPesan);
}

export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error(TEKS.bukanDiSheets));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(messageOf(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(TEKS.fungsiTidakAda(name)));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
