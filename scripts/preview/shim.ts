/// <reference lib="dom" />
/**
 * Runs in the preview's sidebar page before the sidebar's own script: google.script.run with the
 * real API shape (withSuccessHandler, withFailureHandler, withUserObject, any server function
 * name), answered by the preview server's POST /api/<fn>. After each call it tells the sheet view
 * (the parent page) to refresh.
 */

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface ApiAnswer {
  ok: boolean;
  value?: unknown;
  message?: string;
}

function call(name: string, args: unknown[], success: Handler, failure: Handler, userObject: unknown): void {
  fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  })
    .then(
      (res) => res.json() as Promise<ApiAnswer>,
      (err: Error): ApiAnswer => ({ ok: false, message: `Server pratinjau tidak menjawab: ${err.message}` }),
    )
    .then((res) => {
      if (window.parent !== window) window.parent.postMessage({ lkjipCalled: name }, window.location.origin);
      if (res.ok) {
        success?.(res.value, userObject);
        return;
      }
      const error = new Error(res.message);
      if (failure) failure(error, userObject);
      else
        setTimeout(() => {
          throw error;
        });
    });
}

function runner(success: Handler, failure: Handler, userObject: unknown): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
        if (prop === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
        if (prop === 'withUserObject') return (obj: unknown) => runner(success, failure, obj);
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return (...args: unknown[]) => call(prop, args, success, failure, userObject);
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(null, null, undefined),
    host: { close() {}, editor: { focus() {} } },
  },
};
