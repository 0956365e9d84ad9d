/**
 * Script text safe inside a classic `<script>` element. `</script` can only occur inside a string,
 * regular expression or comment, where `<\/script` means the same.
 */
export function inlineScript(source: string): string {
  return source.replace(/<\/script/gi, '<\\/script');
}
