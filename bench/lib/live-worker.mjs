// A thread of simulated devices (bench/live.mjs): on a shared machine, one event loop applying every
// change for 50 documents would measure itself rather than the server; the devices are spread over
// threads, as phones are separate. Told 'go', they work; told 'settle', they wait for the room's
// totals and answer with their state vectors and the propagation times they saw.
import { parentPort, workerData } from 'node:worker_threads';
import { closeDevices, openDevices, settled, work } from './live-load.mjs';

const { url, groups, plan } = workerData;
const arrivals = [];
const devices = groups.map(({ room, count }) => ({ room, devices: openDevices({ url }, room, count, arrivals) }));
await Promise.all(devices.flatMap((g) => g.devices.map((d) => d.synced)));
parentPort.postMessage({ kind: 'synced' });

parentPort.on('message', async (message) => {
  if (message.kind === 'go') {
    await Promise.all(devices.map((g) => work(g.devices, plan)));
    parentPort.postMessage({ kind: 'sent', changes: devices.flatMap((g) => g.devices).reduce((sum, d) => sum + d.changes, 0) });
  } else if (message.kind === 'settle') {
    const vectors = await Promise.all(devices.map(async (g) => ({ room: g.room, vectors: await settled(g.devices, message.contributions, message.votes, 30_000) })));
    devices.forEach((g) => closeDevices(g.devices));
    parentPort.postMessage({ kind: 'settled', vectors, arrivals });
  }
});
