/** The card's styles, inside its own frame (entrypoints/card): it fills the fixed-size frame and scrolls inside. */
export const CARD_CSS = `
html, body { margin: 0; padding: 0; background: transparent; }
.card {
  box-sizing: border-box; width: 100vw; height: 100vh;
  display: flex; flex-direction: column; overflow: hidden; padding: 12px 14px; border-radius: 8px; border: 1px solid #d0d4d9;
  background: #fff; color: #1f2328; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic UI", sans-serif; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6e8eb; border-color: #444c56; }
  .muted, .detail { color: #9ba3ad !important; }
  a { color: #79b8ff !important; }
  button { background: #2d333b !important; color: #e6e8eb !important; border-color: #444c56 !important; }
}
header { display: flex; gap: 8px; align-items: flex-start; }
/* The frame has a fixed size: the looked-up part scrolls, number, links and buttons stay in view. */
.card > * { flex: none; }
.card > .result { flex: 1 1 auto; min-height: 0; overflow: auto; }
footer { margin-top: auto; }
.numbers { flex: 1; min-width: 0; }
p { margin: 0 0 4px; }
.normalised { font-size: 15px; font-weight: 600; word-break: break-all; }
.muted, .detail { color: #59636e; }
.title { font-weight: 600; margin-top: 8px; }
.state { margin: 8px 0 4px; color: #59636e; }
.error p { color: #b42318; }
.dates { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 6px 0; }
.dates div { display: contents; }
.dates dt { color: #59636e; }
.dates dd { margin: 0; }
.problems { margin: 6px 0; padding-left: 18px; color: #59636e; }
.links { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 8px 0; }
a { color: #0b57d0; text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
footer { display: flex; gap: 6px; margin-top: 8px; }
button {
  font: inherit; cursor: pointer; padding: 3px 10px; border-radius: 6px; border: 1px solid #d0d4d9; background: #f6f8fa; color: inherit;
}
button.icon { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
button.link { border: none; background: none; color: #0b57d0; padding: 0; }
button:focus-visible, a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
`;
