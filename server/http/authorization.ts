// Mutations need the API token as a bearer header; queries need nothing.
import { timingSafeEqual } from 'node:crypto';

/** True when `header` is `Bearer <token>` for the configured token. No token configured: never. */
export function isAuthorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
