// A test LRS for the browser tests, on 127.0.0.1 only. It does what an LRS must for the lab's sender
// (xAPI 1.0.3 `POST /xapi/statements`): checks the `X-Experience-API-Version` header and HTTP basic auth,
// validates every statement with Learning Locker's `xapi-validation` (not ours), refuses a batch with an id
// twice, keeps one statement per id (the same statement again changes nothing; a different one with a known
// id is a 409), and answers CORS preflights. It counts every delivery, so a test can tell a statement stored
// once from one sent twice. `crashMidBatch(k)` makes the next batch stop after storing k statements: the
// connection is destroyed and the server stops listening until `restart()`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

export async function startLrs({ key = 'lab-key', secret = 'lab-secret' } = {}) {
  const stored = new Map();
  const deliveries = new Map();
  const refusals = [];
  let crashAfter;
  let port = 0;
  const expectedAuth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, PUT, GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Expose-Headers': 'X-Experience-API-Version',
  };
  const answer = (res, status, body) => {
    res.writeHead(status, {
      ...cors,
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const refuse = (res, status, reason) => {
    refusals.push({ status, reason });
    answer(res, status, { error: reason });
  };

  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (req.url !== '/xapi/statements' || req.method !== 'POST')
      return refuse(res, 404, `${req.method} ${req.url}`);
    if (req.headers['x-experience-api-version'] !== '1.0.3') return refuse(res, 400, 'version header');
    if (req.headers.authorization !== expectedAuth) return refuse(res, 401, 'auth');
    let body = '';
    for await (const chunk of req) body += chunk;
    let statements;
    try {
      statements = JSON.parse(body);
    } catch {
      return refuse(res, 400, 'not JSON');
    }
    if (!Array.isArray(statements)) statements = [statements];
    const ids = statements.map((s) => s?.id);
    if (new Set(ids).size !== ids.length) return refuse(res, 400, 'an id twice in one batch');
    for (const statement of statements) {
      const warnings = validate(statement);
      if (warnings.length > 0)
        return refuse(
          res,
          400,
          `invalid statement ${statement.id}: ${warnings.map((w) => `${w.path.join('.')} ${w.name}`).join('; ')}`,
        );
      const known = stored.get(statement.id);
      if (known !== undefined && known !== JSON.stringify(statement))
        return refuse(res, 409, `conflict ${statement.id}`);
    }
    let index = 0;
    for (const statement of statements) {
      if (crashAfter !== undefined && index === crashAfter) {
        crashAfter = undefined;
        req.socket.destroy();
        server.close();
        server.closeAllConnections();
        return;
      }
      deliveries.set(statement.id, (deliveries.get(statement.id) ?? 0) + 1);
      if (!stored.has(statement.id)) stored.set(statement.id, JSON.stringify(statement));
      index++;
    }
    answer(res, 200, ids);
  });

  const listen = () =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = server.address().port;
        server.off('error', reject);
        resolve();
      });
    });
  await listen();
  return {
    get endpoint() {
      return `http://127.0.0.1:${port}/xapi/`;
    },
    key,
    secret,
    stored,
    deliveries,
    refusals,
    /** The next batch stops after storing `k` statements; the server then stops listening. */
    crashMidBatch(k) {
      crashAfter = k;
    },
    get listening() {
      return server.listening;
    },
    restart: () => (server.listening ? Promise.resolve() : listen()),
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
