/** A pack answers to the other codes pages give its language ("no" for Norwegian Bokmål). */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../utils/core/lang/registry';
import { credits } from './lang/cases';

describe('language codes', () => {
  it('reads a page declared "no" with the Bokmål pack', () => {
    expect(packFor('no')?.code).toBe('nb');
    expect(credits('Det sier statsministeren til NRK.', 'no')).toEqual(['nrk:quote']);
  });
  it('keeps Nynorsk apart', () => {
    expect(packFor('nn')?.code).toBe('nn');
  });
});
