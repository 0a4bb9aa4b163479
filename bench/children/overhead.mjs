// Per-request cost: the generated client's companies.find vs a raw fetch of the same request, sequential,
// keep-alive, alternating batches. node overhead.mjs <baseUrl> <package dist/index.js> <rounds> <perBatch>
// Prints {"raw": [µs/request per batch], "sdk": [...]}.
import { pathToFileURL } from "node:url";

const [baseUrl, dist, rounds, perBatch] = process.argv.slice(2);
const { Intercom } = await import(pathToFileURL(dist).href);

const token = "bench-token";
const intercom = new Intercom({ token, baseUrl });
const headers = {
  Accept: "application/json",
  "Intercom-Version": "2.11",
  "User-Agent": "bench",
  Authorization: `Bearer ${token}`,
};

const variants = {
  sdk: (id) => intercom.companies.find({ company_id: id }),
  raw: async (id) => {
    const res = await fetch(`${baseUrl}/companies/${encodeURIComponent(id)}`, { headers });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
};

async function batch(name, n) {
  const fn = variants[name];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const company = await fn(`c${i}`);
    if (company.type !== "company") throw new Error(`${name}: unexpected body`);
  }
  return ((performance.now() - started) * 1000) / n;
}

for (let i = 0; i < 3; i++) (await batch("raw", 500), await batch("sdk", 500)); // warm-up: JIT, sockets
const out = { raw: [], sdk: [] };
for (let round = 0; round < Number(rounds); round++) {
  const order = round % 2 ? ["sdk", "raw"] : ["raw", "sdk"]; // alternate who goes first against drift
  for (const name of order) out[name].push(await batch(name, Number(perBatch)));
}
console.log(JSON.stringify(out));
