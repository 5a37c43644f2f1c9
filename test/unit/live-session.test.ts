// The live session's addresses: what the page configures (a path behind the atlas' own origin, or a
// full http(s)/ws(s) address) becomes the WebSocket address of the rooms and the HTTP address that
// makes and deletes them, with TLS kept.
import { describe, expect, it } from 'vitest';
import { serverAddresses } from '../../src/data/live-session';

describe('serverAddresses', () => {
  it('puts a path on the page’s origin, secure where the page is', () => {
    expect(serverAddresses('/sozialatlas-workshop/', 'https://www.rhein-sieg-kreis.de/atlas/index.html')).toEqual({
      ws: 'wss://www.rhein-sieg-kreis.de/sozialatlas-workshop',
      http: 'https://www.rhein-sieg-kreis.de/sozialatlas-workshop',
    });
  });
  it('takes a full address in either scheme', () => {
    expect(serverAddresses('ws://localhost:1234', 'http://127.0.0.1:4173/')).toEqual({ ws: 'ws://localhost:1234', http: 'http://localhost:1234' });
    expect(serverAddresses('https://x.example/w', 'http://127.0.0.1/')).toEqual({ ws: 'wss://x.example/w', http: 'https://x.example/w' });
  });
});
