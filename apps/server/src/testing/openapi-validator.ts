// Test support: checks a REST answer against the OpenAPI document — the operation its
// method and path name, a status the operation declares, the declared media type, and a
// JSON body valid against the schema (ajv, JSON Schema 2020-12, formats checked).
import {
  type Answer,
  buildOpenApiDocument,
  OPERATIONS,
  type Operation,
  UNKNOWN_API_ROUTE,
} from "@stackboard/contracts";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with a default export; under Node's ESM loader that is `.default`.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const BASE = "https://stackboard.invalid/openapi.json";

export interface ReceivedAnswer {
  method: string;
  /** The request's path (a query string is ignored). */
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
}

interface Match {
  operation: Operation | null;
  answer: Answer;
}

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    const document = buildOpenApiDocument({ version: "test" });
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    // The components are reached as `#/components/schemas/X`, exactly as the document says.
    this.ajv.addKeyword("components");
    this.ajv.addSchema({ $id: BASE, components: { schemas: document.components.schemas } });
  }

  /** Throws a ContractViolation naming what does not match. */
  check(received: ReceivedAnswer): void {
    const where = `${received.method.toUpperCase()} ${received.path} → ${received.status}`;
    const { answer } = this.match(received, where);
    const mediaType = received.contentType?.split(";")[0]?.trim().toLowerCase() ?? null;
    if ("json" in answer) {
      if (mediaType !== "application/json") {
        throw new ContractViolation(`${where}: expected JSON, got ${received.contentType}`);
      }
      let body: unknown;
      try {
        body = JSON.parse(received.body);
      } catch {
        throw new ContractViolation(`${where}: the body is not JSON`);
      }
      const validate = this.validator(answer.json);
      if (!validate(body)) {
        const errors = this.ajv.errorsText(validate.errors, { separator: "; " });
        throw new ContractViolation(`${where}: the body breaks ${answer.json}: ${errors}`);
      }
    } else if ("text" in answer) {
      if (mediaType !== answer.text) {
        throw new ContractViolation(
          `${where}: expected ${answer.text}, got ${received.contentType}`,
        );
      }
    } else if (received.body !== "") {
      throw new ContractViolation(`${where}: expected no body`);
    }
  }

  private match(received: ReceivedAnswer, where: string): Match {
    const method = received.method.toLowerCase();
    const operation = findOperation(method, received.path);
    if (!operation) {
      if (received.path.startsWith("/api/") && received.status === 404) {
        return { operation: null, answer: UNKNOWN_API_ROUTE };
      }
      throw new ContractViolation(`${where}: no such operation in the OpenAPI document`);
    }
    const status = String(received.status);
    const answer =
      operation.responses[status] ??
      operation.responses[`${status[0]}XX`] ??
      operation.responses.default;
    if (!answer) throw new ContractViolation(`${where}: status not in ${operation.operationId}`);
    return { operation, answer };
  }

  private validator(component: string): ValidateFunction {
    let validate = this.compiled.get(component);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${BASE}#/components/schemas/${component}` });
      this.compiled.set(component, validate);
    }
    return validate;
  }
}

/** The operation for a method and a concrete path; literal segments beat parameters. */
export function findOperation(method: string, path: string): Operation | undefined {
  const segments = path.split("?")[0]?.split("/") ?? [];
  const candidates = OPERATIONS.filter((operation) => {
    if (operation.method !== method) return false;
    const pattern = operation.path.split("/");
    return (
      pattern.length === segments.length &&
      pattern.every((part, index) => isParameter(part) || part === segments[index])
    );
  });
  const literals = (operation: Operation) =>
    operation.path.split("/").filter((part) => !isParameter(part)).length;
  return candidates.sort((a, b) => literals(b) - literals(a))[0];
}

const isParameter = (segment: string): boolean => /^\{[A-Za-z]+\}$/.test(segment);
