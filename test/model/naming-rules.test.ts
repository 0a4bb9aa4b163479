// generator/model/naming-rules.ts: the exported naming rules, one row each.
import { describe, expect, it } from "vitest";
import {
  isIdentifier,
  methodNameFromOperationId,
  pascalCase,
  withoutResourceName,
  words,
} from "../../generator/model/naming-rules.js";

describe("names: the exported naming rules", () => {
  it.each([
    ["reposGet", "repos", "get"],
    ["getCustomers", "customers", "get"],
    ["cdnListEndpoints", "cdnEndpoints", "list"],
    ["domainsGetRecord", "domainRecords", "get"],
    ["listThings", "things", "list"],
    ["listThingsForUser", "things", "listForUser"],
    ["retrieveAThingById", "things", "retrieveAThingById"], // the article would dangle
    ["getTheThing", "things", "getTheThing"],
    ["things", "things", "things"], // nothing left
    ["things2", "things", "things2"], // a number cannot lead
    ["listItems", "things", "listItems"], // a word missing
    ["recordsDomainGet", "domainRecords", "recordsDomainGet"], // words out of order
    ["listUrls", "urls", "list"],
  ])("withoutResourceName(%j, %j) = %j", (method, resource, want) => {
    expect(withoutResourceName(method, resource)).toBe(want);
  });

  it.each([
    ["1-Click Apps", "OneClickApps"],
    ["2fa", "TwoFa"],
    ["365 Days", "Days365"],
    ["7", "Seven"],
    ["42", "N42"],
    ["", "Unnamed"],
    ["already_snake_case", "AlreadySnakeCase"],
    ["XMLHttpRequest", "XMLHttpRequest"],
  ])("pascalCase(%j) = %j", (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });

  it.each([
    ["company_list", ["company", "list"]],
    ["RetrieveACompanyById", ["Retrieve", "A", "Company", "By", "Id"]],
    ["AIAgentReply", ["AI", "Agent", "Reply"]],
    ["pt-BR", ["pt", "BR"]],
    ["v2.1", ["v2", "1"]],
  ])("words(%j)", (given, want) => {
    expect(words(given)).toEqual(want);
  });

  it.each([
    ["sshKeys_list", "sshKeysList"],
    ["repos/get", "reposGet"],
    ["URLFor", "urlFor"],
    ["A", "a"],
    ["ABc", "aBc"],
  ])("methodNameFromOperationId(%j) = %j", (given, want) => {
    expect(methodNameFromOperationId(given)).toBe(want);
  });

  it("identifiers", () => {
    expect(["a", "_a1", "$", "A_b$"].every(isIdentifier)).toBe(true);
    expect(["1a", "a-b", "", "a b"].some(isIdentifier)).toBe(false);
  });
});
