import type { IncomingMessage } from 'node:http';

/** The path of a request, or null for a target no URL parser accepts ('//', '//[::1'): thrown from here, it would end the process. */
export function requestPath(request: IncomingMessage): string | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}
