/** `Authorization: Basic …` for OAuth2 client credentials (OPS, PEARL): id and secret as UTF-8, then base64. */
export function basicAuthorization(id: string, secret: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(`${id}:${secret}`)) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}
