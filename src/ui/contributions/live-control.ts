// The live session of the contributions (issue 28) as the session part holds it: the state's room
// followed (joined, left), the moderator's start and end, and what the pane shows of it. The
// provider's code (y-websocket) and the panel with its QR code load only once a workshop server is
// configured; without one nothing here makes a request.
import type { AtlasState } from '../../state/atlas-state';
import type { ContributionStore } from '../../data/contribution-store';
import type { LiveSession } from '../../data/live-session';
import { keepModeratorSecret, moderatorSecret } from '../../data/moderator-secret';
import { liveTexts as t } from '../../messages/live';
import type { LivePanelState } from './live-panel';

export interface LiveHost {
  /** the page's `workshop-server` (null: none) */
  server(): string | null;
  /** this browser's own store, whose current workshop a new room starts with */
  local: ContributionStore;
  update(patch: Partial<AtlasState>): void;
  /** the store shown changed (another store, or its contents) */
  changed(): void;
  redraw(): void;
}

const liveModule = () => import('../../data/live-session');

export class LiveControl {
  #live: LiveSession | null = null;
  #room: string | null = null;
  #seed: string | null = null;
  #busy = false;
  #problem: string | null = null;
  /** a room the link asked for on a page without a workshop server: said in the pane */
  #unserved: string | null = null;

  constructor(private readonly host: LiveHost) {}

  /** the room's store while in a room; null: this browser's own */
  get store(): ContributionStore | null {
    return this.#live?.store ?? null;
  }

  get session(): LiveSession | null {
    return this.#live;
  }

  /** The same object while nothing in it changed: a new one on every render of the atlas drew the pane's list (500 items of a workshop) again at each indicator switch. */
  panel(): LivePanelState {
    const live = this.#live;
    const next: LivePanelState = {
      configured: this.host.server() !== null,
      unserved: this.#unserved !== null,
      busy: this.#busy,
      problem: this.#problem,
      session: live ? { room: live.room, moderator: live.moderator, secret: moderatorSecret(live.room), status: live.status() } : null,
    };
    const last = this.#panel;
    const same = (a: LivePanelState['session'], b: LivePanelState['session']) =>
      a === b || (a !== null && b !== null && a.room === b.room && a.moderator === b.moderator && a.secret === b.secret && a.status === b.status);
    if (last && last.configured === next.configured && last.busy === next.busy && last.problem === next.problem && same(last.session, next.session)) return last;
    return (this.#panel = next);
  }
  #panel: LivePanelState | null = null;

  /** The state's room: joined (the pane opened for it), or left for this browser's own store. */
  follow(room: string | null): void {
    const server = this.host.server();
    if (server) void import('./live-panel');
    if (!server && room !== this.#unserved) {
      // A participant link opened on a page without a server: the pane says why nothing happens.
      this.#unserved = room;
      if (room) void import('./live-panel').then(() => this.host.update({ contributions: true }));
    }
    const wanted = server ? room : null;
    if (wanted === this.#room) return;
    this.#room = wanted;
    this.#leave();
    if (!server || !wanted) return;
    void liveModule().then((m) => {
      if (this.#room !== wanted) return;
      const live = m.joinRoom({ server, room: wanted, secret: moderatorSecret(wanted) });
      this.#live = live;
      this.#problem = null;
      live.store.subscribe(() => this.host.changed());
      live.subscribe(() => this.host.redraw());
      if (this.#seed === wanted) this.#seedFrom(live.store);
      void live.store.ready.then(() => this.host.changed());
      this.host.update({ contributions: true });
      this.host.changed();
    });
  }

  async start(): Promise<void> {
    const server = this.host.server();
    if (!server || this.#busy) return;
    this.#busy = true;
    this.#problem = null;
    this.host.redraw();
    try {
      const { room, moderator } = await (await liveModule()).createRoom(server);
      keepModeratorSecret(room, moderator);
      this.#seed = room;
      this.host.update({ room, contributions: true });
    } catch {
      this.#problem = t.failed.create;
    } finally {
      this.#busy = false;
      this.host.redraw();
    }
  }

  async end(): Promise<void> {
    const server = this.host.server();
    const live = this.#live;
    const secret = live ? moderatorSecret(live.room) : null;
    if (!server || !live || !secret) return;
    try {
      await (await liveModule()).deleteRoom(server, live.room, secret);
      keepModeratorSecret(live.room, null);
      this.host.update({ room: null });
      this.#problem = t.ended;
    } catch {
      this.#problem = t.failed.end;
    }
    this.host.redraw();
  }

  leave(): void {
    this.host.update({ room: null });
  }

  /** A new room starts with the workshop the moderator had open, and its contributions. */
  #seedFrom(store: ContributionStore): void {
    this.#seed = null;
    const workshop = this.host.local.current();
    store.merge(this.host.local.contributions(workshop.id), [workshop]);
    store.setCurrent(workshop.id);
  }

  #leave(): void {
    const live = this.#live;
    this.#live = null;
    live?.destroy();
    if (live) this.host.changed();
  }
}
