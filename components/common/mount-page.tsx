import { render, type ComponentChild } from 'preact';

/** Render an extension page (options, popup, side panel) into its #app, with the page language set for fonts and screen readers. */
export function mountPage(page: ComponentChild): void {
  document.documentElement.lang = navigator.language.startsWith('ja') ? 'ja' : 'en';
  render(page, document.getElementById('app')!);
}
