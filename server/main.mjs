#!/usr/bin/env node
// `npm run workshop-server`: the live session's server with its settings from the environment
// (README, "Live-Sitzung"). It prints where it listens; it logs no texts and no addresses.
import { DEFAULTS, startWorkshopServer } from './workshop-server.mjs';

const env = process.env;
/** `zero`: 0 is allowed (PORT=0: a free port, printed) */
const number = (name, fallback, zero = false) => {
  if (env[name] === undefined || env[name] === '') return fallback;
  const n = Number(env[name]);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) {
    console.error(`workshop-server: ${name}="${env[name]}" is not a positive number`);
    process.exit(2);
  }
  return n;
};

const server = await startWorkshopServer({
  port: number('PORT', DEFAULTS.port, true),
  host: env.HOST || DEFAULTS.host,
  dataDir: env.WORKSHOP_DATA || DEFAULTS.dataDir,
  maxClients: number('WORKSHOP_MAX_CLIENTS', DEFAULTS.maxClients),
  maxPayload: number('WORKSHOP_MAX_MESSAGE_BYTES', DEFAULTS.maxPayload),
  rate: number('WORKSHOP_RATE', DEFAULTS.rate),
  burst: number('WORKSHOP_BURST', DEFAULTS.burst),
  ttlDays: number('WORKSHOP_ROOM_DAYS', DEFAULTS.ttlDays),
  origins: (env.WORKSHOP_ORIGINS || '*').split(',').map((s) => s.trim()).filter(Boolean),
});
console.log(`Workshop-Server läuft: ${server.url} (Daten in ${env.WORKSHOP_DATA || DEFAULTS.dataDir}; ${server.expired} abgelaufene Räume gelöscht)`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
