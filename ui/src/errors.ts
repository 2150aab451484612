// Normalises anything thrown by the backend bridge into an ApiError.
import type { ApiError } from "./bindings/ApiError";
import type { ErrorCode } from "./bindings/ErrorCode";

const CODES: readonly ErrorCode[] = [
  "dataset_invalid",
  "not_found",
  "invalid_input",
  "workspace_unavailable",
  "busy",
  "file",
  "conflict",
  "needs_confirmation",
  "release_refused",
  "offline",
  "password_needed",
  "server_refused",
  "internal",
];

export function isApiError(e: unknown): e is ApiError {
  if (typeof e !== "object" || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === "string" &&
    (CODES as readonly string[]).includes(o.code) &&
    typeof o.message === "string"
  );
}

/** Any rejection value → ApiError; unknown shapes become code "internal". */
export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return { code: e.code, message: e.message };
  if (typeof e === "string" && e.trim() !== "") return { code: "internal", message: e };
  if (e instanceof Error && e.message) return { code: "internal", message: e.message };
  return { code: "internal", message: "Unexpected error from the application core." };
}
