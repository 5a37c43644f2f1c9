// German texts of the live session (issue 28): starting and ending it, the participant and
// moderator links, the QR code, the connection's state and every refusal of the server.
export type LiveRefusal = 'full' | 'tooLarge' | 'tooFast' | 'unknownRoom' | 'closed' | 'badRoom' | 'forbidden';

export const liveTexts = {
  heading: 'Live-Sitzung',
  start: 'Live-Sitzung starten',
  starting: 'Live-Sitzung wird angelegt …',
  end: 'Sitzung beenden',
  endConfirm: 'Sitzung wirklich beenden? Der Raum und alle Beiträge darin werden auf dem Server gelöscht.',
  ended: 'Die Live-Sitzung ist beendet; der Raum ist gelöscht.',
  leave: 'Sitzung verlassen',
  participantLink: 'Link für Teilnehmende',
  moderatorLink: 'Link zur Moderation (geheim halten)',
  copy: 'Link kopieren',
  copyModerator: 'Moderationslink kopieren',
  copied: 'Link kopiert.',
  copyFailed: 'Kopieren nicht möglich; bitte den Link markieren und kopieren.',
  qr: (link: string) => `QR-Code für ${link}`,
  qrHint: 'Mit der Kamera des Telefons scannen',
  qrBig: 'QR-Code groß zeigen',
  qrBigLabel: 'QR-Code der Live-Sitzung, bildschirmfüllend',
  qrClose: 'Schließen (Esc)',
  moderating: 'Sie moderieren diese Sitzung.',
  participating: 'Sie nehmen an einer Live-Sitzung teil.',
  noServer:
    'Dieser Link gehört zu einer Live-Sitzung, aber diese Seite des Atlas ist mit keinem Workshop-Server verbunden. Bitte den Link der Moderation vollständig öffnen oder die Moderation fragen. Beiträge, die Sie hier hinzufügen, bleiben auf diesem Gerät.',
  workshopOf: (title: string) => `Workshop: ${title}`,
  status: {
    connecting: 'Verbindung zum Workshop-Server wird aufgebaut …',
    live: 'Live verbunden: Beiträge erscheinen auf allen Geräten.',
    offline:
      'Keine Verbindung zum Workshop-Server. Sie können weiterarbeiten; Ihre Beiträge bleiben auf diesem Gerät und werden zusammengeführt, sobald die Verbindung zurück ist.',
    unreachable: 'Der Workshop-Server ist nicht erreichbar. Der Atlas und Ihre Beiträge auf diesem Gerät funktionieren weiter.',
  },
  refused: {
    full: 'Der Raum ist voll: Es sind schon so viele Geräte verbunden, wie der Server zulässt. Es wird weiter versucht; Ihre Beiträge bleiben auf diesem Gerät.',
    tooLarge: 'Der Server hat eine Nachricht abgelehnt, weil sie zu groß ist. Bitte den letzten Beitrag kürzen.',
    tooFast: 'Der Server hat die Verbindung getrennt, weil zu schnell gesendet wurde; sie wird gleich neu aufgebaut.',
    unknownRoom: 'Diese Live-Sitzung gibt es auf dem Server nicht (mehr). Der Link ist falsch oder abgelaufen.',
    closed: 'Die Moderation hat die Live-Sitzung beendet.',
    badRoom: 'Der Link zur Live-Sitzung ist ungültig.',
    forbidden:
      'Der Server hat eine Änderung abgelehnt, die nur die Moderation vornehmen darf (fremde Beiträge ändern oder löschen, den Workshop ändern). Die Verbindung ist getrennt; die Änderung ist nur auf diesem Gerät.',
  } satisfies Record<LiveRefusal, string>,
  failed: {
    create: 'Die Live-Sitzung konnte nicht angelegt werden: Der Workshop-Server ist nicht erreichbar.',
    end: 'Die Sitzung konnte nicht beendet werden: Der Workshop-Server ist nicht erreichbar oder der Raum gehört nicht zu Ihrer Moderation.',
  },
};
