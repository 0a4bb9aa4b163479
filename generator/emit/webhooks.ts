import { type StatementStructures, StructureKind, VariableDeclarationKind } from "ts-morph";
import type { WebhookScheme } from "../../templates/runtime/webhooks.js";
import { CLIENT_MODULE_NAMES, errorClassNames } from "../model/naming-rules.js";
import type { ApiModel } from "../model/types.js";

/**
 * `webhooks.ts`, when the profile declares how the API signs its notifications: `verifyWebhook`, which hands the
 * declared scheme to the runtime, and `WebhookEvent`, the notifications typed by topic. Its own module, so a bundle
 * that does not verify webhooks carries none of it.
 */
export function webhookStatements(model: ApiModel): StatementStructures[] {
  const declared = model.profile.webhooks;
  if (!declared) return [];
  const { verifyWebhook, webhookEvent } = CLIENT_MODULE_NAMES;
  const errorName = errorClassNames(model.profile.errorPrefix).find((n) => n.endsWith("WebhookError"))!;
  const scheme: WebhookScheme = {
    header: declared.header,
    algorithm: declared.algorithm,
    prefix: declared.prefix,
    errorName,
  };
  const typeOf = new Map(model.types.map((t) => [t.schemaKey, t.name]));
  const topics = declared.topics.map(({ topic, schema }) => ({ topic, item: typeOf.get(schema)! }));
  const items = [...new Set(topics.map((t) => t.item))].sort();
  const first = topics[0];
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      namedImports: [
        "verifySignature",
        { name: "WebhookHeaders", isTypeOnly: true },
        { name: "WebhookNotification", isTypeOnly: true },
        { name: "WebhookScheme", isTypeOnly: true },
      ],
    },
    ...(items.length
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: "./models.js",
            isTypeOnly: true,
            namedImports: items,
          } satisfies StatementStructures,
        ]
      : []),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "How the API signs its webhook notifications, as the profile declares it." }],
      declarations: [{ name: "SCHEME", type: "WebhookScheme", initializer: JSON.stringify(scheme) }],
    },
    {
      kind: StructureKind.TypeAlias,
      name: webhookEvent,
      isExported: true,
      docs: [
        {
          description:
            "A verified webhook notification, typed by its `topic`: `data.item` is the object the topic is about. " +
            "The topics are those the profile declares.",
        },
      ],
      type: topics.length
        ? topics.map((t) => `WebhookNotification<${JSON.stringify(t.topic)}, ${t.item}>`).join(" | ")
        : "WebhookNotification<string, unknown>",
    },
    {
      kind: StructureKind.Function,
      name: verifyWebhook,
      isExported: true,
      isAsync: true,
      docs: [
        {
          description:
            `Verifies a webhook notification: the \`${scheme.header}\` header must hold \`${scheme.prefix}\` and the hex ` +
            `HMAC (${declared.algorithm}) of the raw body, keyed by your app's secret; compared in constant time. ` +
            "Pass the body exactly as received (a string or bytes), before any JSON parsing.",
          tags: [
            { tagName: "throws", text: `{@link ${errorName}} when the signature is missing or wrong, or the body is not JSON (the message never holds the secret)` },
            {
              tagName: "example",
              text:
                "\n```ts\n" +
                `const event = await ${verifyWebhook}(rawBody, request.headers, secret);\n` +
                (first ? `if (event.topic === ${JSON.stringify(first.topic)}) console.log(event.data.item);\n` : "") +
                "```",
            },
          ],
        },
      ],
      parameters: [
        { name: "rawBody", type: "string | Uint8Array | ArrayBuffer" },
        { name: "headers", type: "WebhookHeaders" },
        { name: "secret", type: "string" },
      ],
      returnType: `Promise<${webhookEvent}>`,
      statements: `return (await verifySignature(SCHEME, rawBody, headers, secret)) as ${webhookEvent};`,
    },
  ];
}
