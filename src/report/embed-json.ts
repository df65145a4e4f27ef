/**
 * JSON that can sit inside an inline <script> element. `<` is written as
 * \u003c so neither `</script>` nor `<!--` in a duty text can end or change
 * the script element; U+2028/U+2029 are escaped because older JavaScript
 * engines treat them as line ends inside string literals.
 */

/** Serialises a value as JSON safe to inline in `<script type="application/json">`. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
