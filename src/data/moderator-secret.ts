// The live session's moderator secret (issue 28) stays in the moderating browser tab only: in its
// sessionStorage, never in the atlas state or the hash it writes. A moderator link
// (`#beteiligung=ROOM&moderation=SECRET`) hands it to another tab or device; the page takes it
// from the link before the atlas rewrites the hash without it.
const KEY = 'sozialatlas-moderation.';
const SECRET = /^[A-Za-z0-9_-]{22,128}$/;

function session(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

export function moderatorSecret(room: string): string | null {
  try {
    return session()?.getItem(KEY + room) ?? null;
  } catch {
    return null;
  }
}

export function keepModeratorSecret(room: string, secret: string | null): void {
  try {
    if (secret) session()?.setItem(KEY + room, secret);
    else session()?.removeItem(KEY + room);
  } catch {
    // a full or forbidden storage: moderation lasts as long as this page
  }
}

/** Takes a moderator link's secret (if the hash carries one) into the session storage. */
export function keepModeratorLink(hash: string): void {
  // Only a moderator link is read here: every other link is parsed once, by the atlas (issue 23).
  if (!hash.includes('moderation=')) return;
  const words = new URLSearchParams(hash.replace(/^#/, ''));
  const room = words.get('beteiligung');
  const secret = words.get('moderation');
  if (room && secret && SECRET.test(secret)) keepModeratorSecret(room, secret);
}

/** The moderator link of a room: the participant link with the secret beside the room. */
export const moderatorLink = (participantLink: string, secret: string): string => `${participantLink}&moderation=${encodeURIComponent(secret)}`;
