/** Copy text from inside the card: the async clipboard where allowed, else a selection in our own shadow root. */
export async function copyText(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('style', 'position:fixed;opacity:0;');
    shadow.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
