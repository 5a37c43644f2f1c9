import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, rendererChoice, usesWebgl } from '../../src/map/webgl';

describe('which map draws', () => {
  it('knows software rasterisers by the names browsers report', () => {
    for (const r of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Google SwiftShader',
    ])
      expect(isSoftwareRenderer(r), r).toBe(true);
    for (const r of ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M1', 'Mali-G78', 'NVIDIA GeForce RTX 3060/PCIe/SSE2', ''])
      expect(isSoftwareRenderer(r), r).toBe(false);
  });

  it('takes webgl and canvas as asked, anything else as automatic', () => {
    expect(rendererChoice('webgl')).toBe('webgl');
    expect(rendererChoice('canvas')).toBe('canvas');
    for (const v of [null, undefined, '', 'auto', 'WebGL', '2d']) expect(rendererChoice(v)).toBe('auto');
  });

  it('draws MapLibre on a graphics processor, or where asked for and WebGL2 exists at all', () => {
    expect(usesWebgl('auto', 'hardware')).toBe(true);
    expect(usesWebgl('auto', 'software')).toBe(false);
    expect(usesWebgl('auto', 'none')).toBe(false);
    expect(usesWebgl('webgl', 'software')).toBe(true);
    expect(usesWebgl('webgl', 'none')).toBe(false);
    expect(usesWebgl('canvas', 'hardware')).toBe(false);
  });
});
