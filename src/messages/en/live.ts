// English texts of the live session (issue 28): starting and ending it, the participant and
// moderator links, the QR code, the connection's state and every refusal of the server.
import type { liveTexts as german } from '../de/live';

export const liveTexts: typeof german = {
  heading: 'Live session',
  start: 'Start a live session',
  starting: 'Setting up the live session …',
  end: 'End session',
  endConfirm: 'Really end the session? The room and all contributions in it are deleted from the server.',
  ended: 'The live session has ended; the room is deleted.',
  leave: 'Leave session',
  participantLink: 'Link for participants',
  moderatorLink: 'Link for moderating (keep it secret)',
  copy: 'Copy link',
  copyModerator: 'Copy moderator link',
  copied: 'Link copied.',
  copyFailed: 'Copying is not possible; please select the link and copy it.',
  qr: (link) => `QR code for ${link}`,
  qrHint: 'Scan with your phone’s camera',
  qrBig: 'Show QR code full screen',
  qrBigLabel: 'QR code of the live session, full screen',
  qrClose: 'Close (Esc)',
  noServer:
    'This link belongs to a live session, but this page of the atlas is not connected to a workshop server. Please open the moderator’s link in full or ask the moderator. Contributions you add here stay on this device.',
  moderating: 'You are moderating this session.',
  participating: 'You are taking part in a live session.',
  workshopOf: (title) => `Workshop: ${title}`,
  status: {
    connecting: 'Connecting to the workshop server …',
    live: 'Connected live: contributions appear on all devices.',
    offline:
      'No connection to the workshop server. You can carry on working; your contributions stay on this device and are merged as soon as the connection is back.',
    unreachable: 'The workshop server cannot be reached. The atlas and your contributions on this device still work.',
  },
  refused: {
    full: 'The room is full: as many devices are connected as the server allows. The atlas keeps trying; your contributions stay on this device.',
    tooLarge: 'The server refused a message because it is too large. Please shorten your last contribution.',
    tooFast: 'The server closed the connection because messages were sent too quickly; it will reconnect shortly.',
    unknownRoom: 'This live session does not exist on the server (any more). The link is wrong or has expired.',
    closed: 'The moderator has ended the live session.',
    badRoom: 'The link to the live session is not valid.',
    forbidden:
      'The server refused a change that only the moderator may make (changing or deleting other people’s contributions, changing the workshop). The connection is closed; the change exists only on this device.',
  },
  failed: {
    create: 'The live session could not be set up: the workshop server cannot be reached.',
    end: 'The session could not be ended: the workshop server cannot be reached, or the room is not one you moderate.',
  },
};
