// Eight everyday tasks, written for Intercom's own SDK (intercom-client 7.0.3). Its port to intercom-api-2.11 is
// intercom-api.ts beside this file; the README's "Coming from intercom-client" lists every change between the two.
import { Intercom, IntercomClient, IntercomTimeoutError } from "intercom-client";

const client = new IntercomClient({
  token: process.env.INTERCOM_API_KEY ?? "",
  baseUrl: process.env.INTERCOM_BASE_URL ?? "https://api.intercom.io",
});

// 1. List contacts, every page.
const page = await client.contacts.list({ per_page: 50 });
console.log("pages:", page.response.pages?.total_pages);
for await (const contact of page) console.log(contact.id, contact.email);

// 2. Search contacts by email.
const found = await client.contacts.search({
  query: { field: "email", operator: "=", value: "winstonsmith@truth.org" },
  pagination: { per_page: 5 },
});
const first: Intercom.Contact | undefined = found.data[0];

// 3. Create a company, update it, attach the contact to it.
const company = await client.companies.createOrUpdate({ company_id: "625e90fc55ab113b6d92175f", name: "Blue Sun" });
await client.companies.update({ company_id: company.id, body: { name: "Blue Sun Corporation", plan: "premium" } });
if (first) await client.companies.attachContact({ contact_id: first.id, id: company.id });

// 4. Reply to a conversation as an admin.
await client.conversations.reply({
  conversation_id: "123",
  body: { message_type: "comment", type: "admin", admin_id: "991267460", body: "Thanks, we are on it." },
});

// 5. Tag the contact.
if (first) await client.tags.tagContact({ contact_id: first.id, id: "7522907" });

// 6. A contact that does not exist: a typed 404 and its request id.
try {
  await client.contacts.find({ contact_id: "does-not-exist" });
} catch (error) {
  if (error instanceof Intercom.NotFoundError) {
    const body = error.body as Intercom.Error_;
    console.log("not found:", error.statusCode, body.request_id);
  }
}

// 7. A call bounded in time.
try {
  await client.companies.find({ company_id: company.id }, { timeoutInSeconds: 2, maxRetries: 0 });
} catch (error) {
  if (error instanceof IntercomTimeoutError) console.log("timed out");
}

// 8. A call the caller aborts.
const controller = new AbortController();
const me = client.admins.identify({ abortSignal: controller.signal });
controller.abort();
await me.catch((error: unknown) => console.log("aborted:", error instanceof Error && error.name));
