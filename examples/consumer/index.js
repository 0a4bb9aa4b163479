// @ts-check
// A plain-JavaScript consumer of the generated SDK: it imports the built package by its name, calls a few
// operations, handles a typed error and walks a paginated list with `for await`. It talks to a local fake
// Intercom (fake-intercom.js) so it runs offline: `npm install && npm start` (generate the SDK first).
import { Intercom, NotFoundError } from "intercom-api-2.11";
import { startFakeIntercom } from "./fake-intercom.js";

const fake = await startFakeIntercom();
try {
  const intercom = new Intercom({ token: "example-token", baseUrl: fake.url, maxRetries: 0 });

  const created = await intercom.companies.createOrUpdate({ company_id: "acme-1", name: "Acme", size: 12 });
  console.log(`created ${created.id}: ${created.name} (${created.company_id}, size ${created.size})`);

  const { data: found, response } = await intercom.companies.find({ company_id: created.id }).withResponse();
  console.log(`found ${found.id}: ${found.name} [HTTP ${response.status}]`);

  try {
    await intercom.companies.find({ company_id: "does-not-exist" });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`missing company: ${error.name} ${error.status} ${error.errors[0]?.code}`);
  }

  const first = await intercom.contacts.list({ per_page: 2 });
  console.log(
    `first page: ${first.data.length} of ${first.response.total_count} contacts, more: ${first.hasNextPage()}`,
  );

  let count = 0;
  for await (const contact of intercom.contacts.list({ per_page: 2 })) {
    console.log(`contact ${++count}: ${contact.name} <${contact.email}>`);
  }

  console.log(`requests: ${fake.requests.join(" | ")}`);
} finally {
  await fake.close();
}
