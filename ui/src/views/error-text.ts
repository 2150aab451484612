// An error from the core as the user reads it: a headline in the UI's
// language, chosen by the error's code, then the core's own words — which
// name what and where, in English — marked as English and not for
// translation.
import type { ApiError } from "../bindings/ApiError";
import { h, type Child } from "../dom";
import { t } from "../i18n";

/** The catalogue's id of the headline for `code` ("error-invalid-input"). */
export function headlineId(code: ApiError["code"]): string {
  return `error-${code.replaceAll("_", "-")}`;
}

/** Headline and detail, for an alert, a status line or a list item. */
export function errorText(err: ApiError): Child[] {
  return [
    h("strong", { class: "error-headline" }, t(headlineId(err.code))),
    " ",
    h("span", { class: "error-detail", lang: "en", translate: "no" }, err.message),
  ];
}
