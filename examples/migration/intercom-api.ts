// intercom-client.ts beside this file, ported to intercom-api-2.11: the same eight tasks. Each change is marked
// "changed:", and the README's "Coming from intercom-client" lists them.
import { type Contact, Intercom, IntercomTimeoutError, NotFoundError } from "intercom-api-2.11"; // changed: import

const client = new Intercom({ // changed: constructor
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
const first: Contact | undefined = found.data[0]; // changed: types and errors are named exports

// 3. Create a company, update it, attach the contact to it.
const company = await client.companies.createOrUpdate({ company_id: "625e90fc55ab113b6d92175f", name: "Blue Sun" });
await client.companies.update({ company_id: company.id, name: "Blue Sun Corporation", plan: "premium" }); // changed: update takes flat fields
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
  if (error instanceof NotFoundError) { // changed: types and errors are named exports
    console.log("not found:", error.status, error.requestId); // changed: status and requestId
  }
}

// 7. A call bounded in time.
try {
  await client.companies.find({ company_id: company.id }, { timeoutMs: 2_000, maxRetries: 0 }); // changed: timeoutMs
} catch (error) {
  if (error instanceof IntercomTimeoutError) console.log("timed out");
}

// 8. A call the caller aborts.
const controller = new AbortController();
const me = client.admins.identify({}, { signal: controller.signal }); // changed: signal, options second
controller.abort();
await me.catch((error: unknown) => console.log("aborted:", error instanceof Error && error.name));
