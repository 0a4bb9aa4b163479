import { type FunctionDeclarationStructure, type StatementStructures, StructureKind } from "ts-morph";
import type { WebhookScheme } from "../../templates/runtime/webhooks.js";
import { CLIENT_MODULE_NAMES, errorClassNames } from "../model/naming-rules.js";
import type { ApiModel } from "../model/types.js";
import { constant, doc, exportedType, importDecl, typeName } from "./builders.js";

/** A declared topic and the model its notifications carry as `data.item`. */
interface Topic {
  topic: string;
  item: string;
}

/**
 * `webhooks.ts`, when the profile declares how the API signs its notifications: `verifyWebhook`, which hands the
 * declared scheme to the runtime, and `WebhookEvent`, the notifications typed by topic. Its own module, so a bundle
 * that does not verify webhooks carries none of it.
 */
export function webhookStatements(model: ApiModel): StatementStructures[] {
  const declared = model.profile.webhooks;
  if (!declared) return [];
  const scheme: WebhookScheme = {
    header: declared.header,
    algorithm: declared.algorithm,
    prefix: declared.prefix,
    errorName: errorClassNames(model.profile.errorPrefix).find((n) => n.endsWith("WebhookError"))!,
  };
  const typeOf = new Map(model.types.map((t) => [t.schemaKey, t.name]));
  const topics = declared.topics.map(({ topic, schema }) => ({ topic, item: typeOf.get(schema)! }));
  return [
    ...importDecl("./runtime/index.js", [
      "verifySignature",
      typeName("WebhookHeaders"),
      typeName("WebhookNotification"),
      typeName("WebhookScheme"),
    ]),
    ...importDecl("./models.js", [...new Set(topics.map((t) => t.item))].sort(), { typeOnly: true }),
    constant(
      "SCHEME",
      JSON.stringify(scheme),
      "How the API signs its webhook notifications, as the profile declares it.",
      {
        type: "WebhookScheme",
      },
    ),
    exportedType(
      CLIENT_MODULE_NAMES.webhookEvent,
      topics.length
        ? topics.map((t) => `WebhookNotification<${JSON.stringify(t.topic)}, ${t.item}>`).join(" | ")
        : "WebhookNotification<string, unknown>",
      "A verified webhook notification, typed by its `topic`: `data.item` is the object the topic is about. " +
        "The topics are those the profile declares.",
    ),
    verifyFunction(scheme, topics[0]),
  ];
}

/** `verifyWebhook(rawBody, headers, secret)`: the runtime's check, bound to the declared scheme and typed by topic. */
function verifyFunction(scheme: WebhookScheme, first: Topic | undefined): FunctionDeclarationStructure {
  const { verifyWebhook, webhookEvent } = CLIENT_MODULE_NAMES;
  const example =
    "\n```ts\n" +
    `const event = await ${verifyWebhook}(rawBody, request.headers, secret);\n` +
    (first ? `if (event.topic === ${JSON.stringify(first.topic)}) console.log(event.data.item);\n` : "") +
    "```";
  return {
    kind: StructureKind.Function,
    name: verifyWebhook,
    isExported: true,
    isAsync: true,
    docs: doc(
      `Verifies a webhook notification: the \`${scheme.header}\` header must hold \`${scheme.prefix}\` and the hex ` +
        `HMAC (${scheme.algorithm}) of the raw body, keyed by your app's secret; compared in constant time. ` +
        "Pass the body exactly as received (a string or bytes), before any JSON parsing.",
      [
        {
          tagName: "throws",
          text: `{@link ${scheme.errorName}} when the signature is missing or wrong, or the body is not JSON (the message never holds the secret)`,
        },
        { tagName: "example", text: example },
      ],
    ),
    parameters: [
      { name: "rawBody", type: "string | Uint8Array | ArrayBuffer" },
      { name: "headers", type: "WebhookHeaders" },
      { name: "secret", type: "string" },
    ],
    returnType: `Promise<${webhookEvent}>`,
    statements: `return (await verifySignature(SCHEME, rawBody, headers, secret)) as ${webhookEvent};`,
  };
}
