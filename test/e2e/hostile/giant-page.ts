/**
 * A page built to make a scanner stall: one paragraph of 200,000 inline spans with a number at its
 * end, and a hidden subtree 10,000 elements deep with another (issue 16 §5).
 */
export const GIANT_PAGE = `<!doctype html><body><p id="giant"></p><script>
  const p = document.getElementById('giant');
  for (let i = 0; i < 200000; i++) p.appendChild(document.createElement('span')).textContent = 'ab ';
  p.appendChild(document.createElement('b')).textContent = ' US 10,123,456 B2';
  let at = document.body.appendChild(document.createElement('div'));
  at.hidden = true;
  for (let i = 0; i < 10000; i++) at = at.appendChild(document.createElement('span'));
  at.textContent = 'EP 1 000 000 A1';
</script></body>`;
