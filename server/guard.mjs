// Who may change what in a room (issue 28, point 4). The y-websocket server relays every update it
// gets; a participant's page could send one that hides or rewrites others' contributions or the
// workshop. So each update from a participant is first applied to a shadow of the room's document,
// and what that transaction changed (Yjs' own record of it, `transaction.changed`) is judged
// against the rules below; only then does the maintained handler see the message. The moderator
// (who proved the secret when connecting) is not judged. The shadow follows the room's document
// through its updates, so a judgement costs what the update costs, not a copy of the document.
//
// A participant may: add a contribution carrying their author hash (and at most their own vote);
// change or delete a contribution carrying it (not its author, creation or votes); add or take
// back their own vote (the votes map's key is their author hash) on any contribution. Nothing else.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

const CONTRIBUTIONS = 'contributions';
/** fields of a contribution no participant changes after it was made, not even their own */
const FIXED = new Set(['author', 'created', 'votes', 'importedVotes']);

/** The author id a connection's token stands for: the device keeps the token, the document only this. */
export const authorOf = (token) => (token ? createHash('sha256').update(token).digest('hex') : null);

/** The update a y-protocols message carries (sync step 2 or update), or null: it changes no document. */
export function updateIn(message) {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 0) return null; // awareness: who is there, not the document
  const kind = decoding.readVarUint(decoder);
  return kind === 1 || kind === 2 ? decoding.readVarUint8Array(decoder) : null;
}

const shadows = new WeakMap();

/** The room's shadow: the same state, fed every update the room's document takes. */
function shadowOf(doc) {
  let shadow = shadows.get(doc);
  if (!shadow) {
    shadow = copy(doc);
    shadows.set(doc, shadow);
    doc.on('update', (update) => Y.applyUpdate(shadows.get(doc), update));
  }
  return shadow;
}

function copy(doc) {
  const shadow = new Y.Doc();
  // defined as maps before anything arrives, as the atlas defines them
  shadow.getMap(CONTRIBUTIONS);
  Y.applyUpdate(shadow, Y.encodeStateAsUpdate(doc));
  return shadow;
}

/**
 * true when `message` from the participant `author` may reach the room's document `doc`. A refused
 * update leaves the shadow behind the room; it is copied anew from the room.
 */
export function mayChange(doc, message, author) {
  let update;
  try {
    update = updateIn(message);
  } catch {
    return false;
  }
  if (!update) return true;
  const shadow = shadowOf(doc);
  let verdict = true;
  const judge = (transaction) => {
    verdict &&= allowed(transaction.changed, shadow.getMap(CONTRIBUTIONS), doc.getMap(CONTRIBUTIONS), author);
  };
  shadow.on('afterTransaction', judge);
  try {
    Y.applyUpdate(shadow, update);
  } catch {
    verdict = false;
  } finally {
    shadow.off('afterTransaction', judge);
  }
  // An update that waits for parts the room lacks would be judged by whoever sends those parts.
  if (shadow.store.pendingStructs || shadow.store.pendingDs) verdict = false;
  if (!verdict) {
    shadow.destroy();
    shadows.set(doc, copy(doc));
  }
  return verdict;
}

/** `changed`: type → keys, after; `list`: the shadow's contributions, after; `before`: the room's. */
function allowed(changed, list, before, author) {
  if (!author) return changed.size === 0;
  for (const [type, keys] of changed) {
    const parent = type._item?.parent;
    if (type === list) {
      // added, replaced or deleted contributions: what was there and what is there now are theirs
      for (const key of keys) if (!ownOrNone(before.get(key), author) || !ownOrNone(list.get(key), author) || !onlyOwnVote(list.get(key), author)) return false;
    } else if (parent === list) {
      // fields of a contribution
      if (type.get('author') !== author || [...keys].some((key) => FIXED.has(key))) return false;
    } else if (parent?._item?.parent === list && type._item.parentSub === 'votes') {
      // a votes map: only the sender's own vote
      if ([...keys].some((key) => key !== author)) return false;
    } else {
      // the workshops, any other root or nesting: the moderation's
      return false;
    }
  }
  return true;
}

const ownOrNone = (fields, author) => fields === undefined || (fields instanceof Y.Map && fields.get('author') === author);

function onlyOwnVote(fields, author) {
  const votes = fields?.get('votes');
  return fields === undefined || votes === undefined || (votes instanceof Y.Map && [...votes.keys()].every((key) => key === author));
}
