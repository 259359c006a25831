// Preload (node -r): make every server listen on 127.0.0.1 only.
// xapi-statements calls app.listen(port, callback), which binds all interfaces.
'use strict';
const net = require('net');
const HOST = process.env.LOOPBACK_HOST || '127.0.0.1';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args.length && typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = Object.assign({}, args[0], { host: HOST });
  } else if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, HOST);
    else args[1] = HOST;
  }
  return listen.apply(this, args);
};
