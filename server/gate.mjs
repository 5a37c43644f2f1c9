// What stands between a WebSocket and the maintained y-websocket server code: a connection that
// sends faster than allowed, or a change its sender may not make (guard.mjs), is closed with a code
// the atlas explains, and that message does not reach the document. The y-websocket handler sees
// this object as its socket.
import { EventEmitter } from 'node:events';

/** Close codes the atlas turns into sentences (src/messages/de/live.ts). */
export const CLOSE = {
  roomFull: 4001,
  tooFast: 4029,
  unknownRoom: 4404,
  closed: 4410,
  badRequest: 4400,
  /** a participant's update that only the moderation may make (guard.mjs) */
  forbidden: 4403,
  /** the ws library's own code for a message over maxPayload */
  tooLarge: 1009,
};

export class Gate extends EventEmitter {
  /** `rate`: messages per second on average; `burst`: how many may come at once; `guard(message)`:
   *  false for a message this connection may not send (null: any) */
  constructor(socket, { rate, burst, guard = null }) {
    super();
    this.socket = socket;
    this.rate = rate;
    this.tokens = burst;
    this.burst = burst;
    this.last = Date.now();
    socket.on('message', (data) => {
      // Messages still on their way after a refusal do not reach the document either.
      if (this.refused) return;
      if (!this.#take()) return this.#refuse(CLOSE.tooFast, 'too fast');
      if (guard && !guard(new Uint8Array(data))) return this.#refuse(CLOSE.forbidden, 'moderation only');
      this.emit('message', data);
    });
    // ws closes a socket itself after an error (1009 for a message over maxPayload); unheard, the error would end the process.
    socket.on('error', () => {});
    socket.on('close', (...args) => this.emit('close', ...args));
    socket.on('pong', () => this.emit('pong'));
  }

  #refuse(code, reason) {
    this.refused = true;
    this.socket.close(code, reason);
  }

  #take() {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  get readyState() {
    return this.socket.readyState;
  }

  set binaryType(type) {
    this.socket.binaryType = type;
  }

  send(data, options, callback) {
    this.socket.send(data, options, callback);
  }

  ping() {
    this.socket.ping();
  }

  close(code, reason) {
    this.socket.close(code, reason);
  }
}
