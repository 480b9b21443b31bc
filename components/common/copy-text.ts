/** Copy text from an extension page or the card's frame: the async clipboard where allowed, else a selection inside `container`'s own document. */
export async function copyText(text: string, container: ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('style', 'position:fixed;opacity:0;');
    container.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
