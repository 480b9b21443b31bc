import { describe, expect, it } from 'vitest';
import { ERA_OF_WORD, eraName, westernYear } from './era';

describe('Japanese era years', () => {
  it('converts both ways, 元 being the first year', () => {
    expect(westernYear('H', 7)).toBe(1995);
    expect(westernYear('H', '元')).toBe(1989);
    expect(westernYear(ERA_OF_WORD['昭和']!, '63')).toBe(1988);
    expect(eraName(1995)).toBe('平7');
    expect(eraName(1989)).toBe('平1');
    expect(eraName(1986)).toBe('昭61');
    expect(eraName(2020)).toBe('令2');
  });
});
