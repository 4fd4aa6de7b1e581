// Preloaded with `node --require` by test/privacy/privacy.test.ts: every way out to the network
// throws, and each attempt is written to the file named by CLINLINT_NETWORK_LOG.
const fs = require('node:fs');
const log = process.env.CLINLINT_NETWORK_LOG;
const refuse = (what) =>
  function refused() {
    if (log) fs.appendFileSync(log, `${what}\n`);
    throw new Error(`network refused in tests: ${what}`);
  };
const net = require('node:net');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
net.Socket.prototype.connect = refuse('net.Socket.connect');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[name] = refuse(`dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[name] = refuse(`dns.promises.${name}`);
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  m.request = refuse(`${mod}.request`);
  m.get = refuse(`${mod}.get`);
}
require('node:tls').connect = refuse('tls.connect');
require('node:dgram').createSocket = refuse('dgram.createSocket');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
