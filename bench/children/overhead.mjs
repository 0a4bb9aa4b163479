// Per-request cost of each client's "find a company" against raw fetch of the same request, sequential, keep-alive,
// interleaved request by request (the order rotates every step against drift).
// node overhead.mjs <baseUrl> <our dist/index.js> <hey-api client bundle .mjs> <rounds> <perBatch>
// Prints {"<variant>": [µs/request per batch], ...}.
import { IntercomClient } from "intercom-client";
import createOpenapiFetch from "openapi-fetch";
import { pathToFileURL } from "node:url";

const [baseUrl, dist, heyBundle, rounds, perBatch] = process.argv.slice(2);
const { Intercom } = await import(pathToFileURL(dist).href);
const hey = await import(pathToFileURL(heyBundle).href);

const token = "bench-token";
const headers = {
  Accept: "application/json",
  "Intercom-Version": "2.11",
  "User-Agent": "bench",
  Authorization: `Bearer ${token}`,
};
const intercom = new Intercom({ token, baseUrl });
const openapiFetch = createOpenapiFetch({ baseUrl, headers });
hey.client.setConfig({ baseUrl, headers });
const official = new IntercomClient({ token, baseUrl, version: "2.11" });

const variants = {
  raw: async (id) => {
    const res = await fetch(`${baseUrl}/companies/${encodeURIComponent(id)}`, { headers });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
  sdk: (id) => intercom.companies.find({ company_id: id }),
  "openapi-fetch": async (id) =>
    (await openapiFetch.GET("/companies/{company_id}", { params: { path: { company_id: id } } })).data,
  hey: async (id) => (await hey.retrieveACompanyById({ path: { company_id: id }, throwOnError: true })).data,
  official: (id) => official.companies.find({ company_id: id }),
};

/** One call, checked; its wall time in ms. */
async function once(name, i) {
  const started = performance.now();
  const company = await variants[name](`c${i}`);
  const ms = performance.now() - started;
  if (company?.type !== "company") throw new Error(`${name}: unexpected body ${JSON.stringify(company)}`);
  return ms;
}

// Each round makes <perBatch> requests per variant, interleaved request by request (every variant once per step, the
// order rotating each step), so that a load spike on this shared machine hits every variant alike.
const names = Object.keys(variants);
for (let i = 0; i < 1500; i++) for (const name of names) await once(name, i); // warm-up: JIT, sockets
const out = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < Number(rounds); round++) {
  const total = Object.fromEntries(names.map((n) => [n, 0]));
  for (let i = 0; i < Number(perBatch); i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k + round) % names.length];
      total[name] += await once(name, i);
    }
  }
  for (const name of names) out[name].push((total[name] * 1000) / Number(perBatch));
}
console.log(JSON.stringify(out));
