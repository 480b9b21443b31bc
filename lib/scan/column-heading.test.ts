import { describe, expect, it } from 'vitest';
import { findNumbers } from '../numbers';
import { cellHeading, findWithHeading } from './column-heading';

function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;   // test fixture markup, not page or office data
  return host;
}
const cellWith = (host: HTMLElement, text: string) => [...host.querySelectorAll('td')].find((td) => td.textContent?.trim() === text)!;
const docdbs = (heading: string, text: string) => findWithHeading(findNumbers, heading, text).map((f) => `${f.docdb} ${f.start}-${f.end}`);

describe('table cell headings (issue 13: USPTO hit lists and reference tables)', () => {
  it('a PatFT hit list: the "PAT. NO." column names the bare comma numbers', () => {
    const host = dom('<table><tr><td></td><th scope="col">PAT. NO.</th><td></td><th scope="col">Title</th></tr><tr><td>1</td><td><a href="#">9,034,805</a></td><td></td><td>Fluid treatment</td></tr></table>');
    const heading = cellHeading(cellWith(host, '9,034,805'));
    expect(heading).toBe('PAT. NO.');
    expect(findNumbers('9,034,805')).toEqual([]);
    expect(docdbs(heading, '9,034,805')).toEqual(['US.9034805 0-9']);
  });

  it('a PatFT reference table: the heading before the table names bare 7-digit grants and design numbers', () => {
    const host = dom('<center><b>U.S. Patent Documents</b></center><table><tr><th></th><th></th><th></th></tr><tr><td><a href="#">5093563</a></td><td>March 1992</td><td>Small</td></tr><tr><td>D645062</td><td>Sep 2011</td><td>Ames</td></tr></table>');
    const heading = cellHeading(cellWith(host, '5093563'));
    expect(heading).toBe('U.S. Patent Documents');
    expect(docdbs(heading, '5093563')).toEqual(['US.5093563 0-7']);
    expect(docdbs(cellHeading(cellWith(host, 'D645062')), 'D645062')).toEqual(['US.D645062 0-7']);
    // Dates and names in the other columns stay what they are.
    expect(docdbs(cellHeading(cellWith(host, 'March 1992')), 'March 1992')).toEqual([]);
  });

  it('a foreign-documents table names no office: its bare numbers stay unread', () => {
    const host = dom('<center><b>Foreign Patent Documents</b></center><table><tr><td>2231197</td><td>Mar 1990</td><td>GB</td></tr></table>');
    expect(cellHeading(cellWith(host, '2231197'))).toBe('');
  });

  it('cells outside tables and heading cells have no heading', () => {
    const host = dom('<p>9,034,805</p><table><tr><th>9,034,805</th></tr></table>');
    expect(cellHeading(host.querySelector('p')!)).toBe('');
    expect(cellHeading(host.querySelector('th')!)).toBe('');
  });
});
