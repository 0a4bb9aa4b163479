// Copied from templates/runtime/oauth.ts. Do not edit here: edit the template and regenerate.
import { SdkRequestError } from "./errors.js";
import type { TokenGrant } from "./security.js";

/**
 * oauth2 clientCredentials (RFC 6749 §4.4): the client id and secret (HTTP basic, §2.3.1) are exchanged at the token
 * URL (relative: to the client's server) for an access token, cached until 30 s before it expires. Concurrent calls share one token request.
 */
export const clientCredentials: TokenGrant = (url, { clientId, clientSecret, scopes }, fetchFn, baseUrl) => {
  const tokenUrl = new URL(url, `${baseUrl}/`).href;
  let cached: Promise<{ token: string; until: number }> | undefined;
  const request = async () => {
    const body = new URLSearchParams({ grant_type: "client_credentials" });
    if (scopes?.length) body.set("scope", scopes.join(" "));
    const basic = btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
    let response: Response;
    try {
      response = await fetchFn()(tokenUrl, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, accept: "application/json" },
        body,
      });
    } catch (e) {
      throw new SdkRequestError(`The token request to ${tokenUrl} failed`, { cause: e });
    }
    const json = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
    if (!response.ok || typeof json.access_token !== "string")
      throw new SdkRequestError(`The token request to ${tokenUrl} was refused (${response.status})`);
    const ttl = typeof json.expires_in === "number" ? json.expires_in * 1000 - 30_000 : Infinity;
    return { token: json.access_token, until: Date.now() + ttl };
  };
  return async (fresh) => {
    const held = cached && !fresh ? await cached.catch(() => undefined) : undefined;
    if (held && held.until > Date.now()) return held.token;
    const next = (cached = request());
    next.catch(() => (cached = undefined));
    return (await next).token;
  };
};
