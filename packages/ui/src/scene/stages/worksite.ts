import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { cloudBank, mountains } from './props';

/** A construction site at midday: a concrete frame wrapped in scaffolding, a tower crane, sand and gravel,
 * the site office container, barriers, a cement mixer and rebar. */
export const worksite: StageDefinition = {
  environment: 'worksite',
  atmosphere: {
    sky: ['#efe3c8', '#5b9bd5'],
    fog: ['#e6dcc4', 45, 170],
    hemi: ['#fff6e0', '#8a7058', 1.3],
    key: ['#fff4dc', 2.3, [15, 35, 20]],
  },
  build: (k) => {
    const r = seeded(13);
    k.box(0, -0.2, -20, 260, 0.2, 260, '#b49a76');
    for (let i = 0; i < 30; i++)
      k.box(-20 + r() * 40, -0.01, -10 + r() * 16, 1 + r() * 3, 0.02, 1 + r() * 2, '#a38a68', {
        r: [0, r() * 3, 0],
      });
    // the concrete frame: slabs and columns, three storeys
    k.at(-3, 0, -11, 0, (k) => {
      for (let s = 0; s < 4; s++) {
        k.box(0, s * 3.2, 0, 14, 0.3, 8, '#b8b4ac');
        if (s < 3)
          for (let x = -6.5; x <= 6.5; x += 3.25)
            for (const z of [-3.6, 0, 3.6]) k.box(x, s * 3.2 + 0.3, z, 0.4, 2.9, 0.4, '#c7c3ba');
      }
      for (let x = -6.5; x <= 6.5; x += 3.25) k.box(x, 9.9, 3.6, 0.08, 1.4, 0.08, '#7a4a2a');
      k.box(-4.5, 0.3, -3.7, 4.5, 2.9, 0.3, '#b55d3c');
      k.box(4.5, 3.5, -3.7, 4.5, 2.9, 0.3, '#b55d3c');
      // scaffolding on the front: standards, ledgers, braces, planks
      for (let x = -7; x <= 7; x += 2) {
        k.box(x, 0, 4.6, 0.07, 11.5, 0.07, '#9aa3ab');
        k.box(x, 0, 5.7, 0.07, 11.5, 0.07, '#9aa3ab');
      }
      for (let y = 1.6; y <= 11; y += 1.6) {
        k.box(0, y, 4.6, 14.2, 0.06, 0.06, '#9aa3ab');
        k.box(0, y, 5.7, 14.2, 0.06, 0.06, '#9aa3ab');
      }
      for (let x = -6; x <= 6; x += 4) k.box(x, 0.3, 5.7, 0.06, 6.0, 0.06, '#9aa3ab', { r: [0, 0, 0.55] });
      for (const y of [3.2, 6.4, 9.6]) k.box(0, y, 5.15, 14, 0.06, 1.1, '#c88b4a');
      k.box(0, 6.4, 6.0, 14.2, 5.0, 0.02, '#2a9d5a', { look: 'glass' });
    });
    // the tower crane's mast and base (the jib turns, see motion)
    k.at(9, 0, -14, 0, (k) => {
      k.box(0, 0, 0, 3, 1, 3, '#8a8a8a');
      for (const [x, z] of [
        [-0.8, -0.8],
        [0.8, -0.8],
        [-0.8, 0.8],
        [0.8, 0.8],
      ] as const)
        k.box(x, 1, z, 0.15, 25, 0.15, '#f2c230');
      for (let y = 2; y < 26; y += 1.8) {
        k.box(0, y, 0.8, 1.7, 0.08, 0.08, '#f2c230', { r: [0, 0, 0.7] });
        k.box(0.8, y, 0, 0.08, 0.08, 1.7, '#f2c230', { r: [0.7, 0, 0] });
      }
    });
    // sand and gravel heaps, pallets of blocks, rebar
    k.cone(5, 0, 0.5, 2.2, 1.6, '#d6b77a', { seg: 8 });
    k.cone(7.5, 0, -1.5, 1.8, 1.2, '#8a8580', { seg: 8 });
    for (let p = 0; p < 3; p++)
      k.at(-9 + p * 1.5, 0, 0.5, 0.1, (k) => {
        k.box(0, 0, 0, 1.2, 0.15, 1.2, '#a0764a');
        for (let t = 0; t < 3; t++)
          for (let i = 0; i < 3; i++) k.box(-0.4 + i * 0.4, 0.15 + t * 0.22, 0, 0.38, 0.2, 1.1, '#c9c4bb');
      });
    for (let i = 0; i < 10; i++) k.box(1 + i * 0.12, 0.05, -4.5, 0.04, 0.04, 6, '#8b4a2b');
    // the cement mixer
    k.at(4.5, 0, -4, -0.6, (k) => {
      k.box(0, 0, 0, 1.4, 0.6, 0.8, '#2d6fa3');
      k.cyl(0, 0.6, 0, 0.6, 1.1, '#e67e22', { r: [0.5, 0, 0], top: 0.55, seg: 10 });
      k.cyl(-0.6, 0.25, 0, 0.25, 0.12, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
      k.cyl(0.6, 0.25, 0, 0.25, 0.12, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
    });
    // the site office: a shipping container with a door and window, and a portable toilet
    k.at(-10, 0, -2.5, 0.4, (k) => {
      k.box(0, 0, 0, 6, 2.6, 2.4, '#3b7dd8');
      k.box(-1.6, 0.2, 1.21, 0.9, 2.0, 0.04, '#e8e8e8');
      k.box(0.9, 1.0, 1.21, 1.6, 0.9, 0.04, '#bfe6ff', { look: 'glow' });
      k.box(0, 2.6, 0, 6.2, 0.12, 2.6, '#d0d0d0');
      k.box(0.9, 2.75, 1.1, 2.6, 0.5, 0.06, '#f2c230');
    });
    k.box(-6, 0, -5.5, 1.1, 2.3, 1.1, '#2a9d5a');
    k.box(-6, 2.3, -5.5, 1.2, 0.1, 1.2, '#e8e8e8');
    // red and white barriers, a wheelbarrow, helmets on a plank
    for (let i = 0; i < 4; i++) {
      const x = 5 + i * 2.1;
      k.box(x - 0.9, 0, 3.5, 0.08, 1.0, 0.5, '#e8e8e8');
      k.box(x, 0.55, 3.5, 2.0, 0.22, 0.06, i % 2 ? '#d62828' : '#ffffff');
      k.box(x, 0.85, 3.5, 2.0, 0.22, 0.06, i % 2 ? '#ffffff' : '#d62828');
    }
    k.at(2.6, 0, 0.8, 0.8, (k) => {
      k.box(0, 0.35, 0, 0.7, 0.35, 1.0, '#2a9d5a');
      k.cyl(0, 0.2, 0.65, 0.2, 0.08, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
      k.box(-0.3, 0.45, -0.8, 0.05, 0.05, 0.8, '#6b4a2e');
      k.box(0.3, 0.45, -0.8, 0.05, 0.05, 0.8, '#6b4a2e');
    });
    k.box(-4.5, 0.5, -2.8, 2.4, 0.08, 0.5, '#a0764a');
    k.box(-4.5, 0, -2.8, 0.1, 0.5, 0.4, '#6b4a2e');
    for (const x of [-5.3, -4.6, -3.9])
      k.dome(x, 0.58, -2.8, 0.17, x === -4.6 ? '#ffffff' : '#f2c230', { seg: 8 });
    // neighbouring buildings and hills
    for (let x = -70; x <= 70; x += 10)
      if (Math.abs(x) > 15)
        k.box(
          x,
          0,
          -35 - r() * 15,
          8,
          6 + r() * 14,
          8,
          ['#d8cbb0', '#c9b79a', '#e1d6c0'][Math.floor(r() * 3)] as string,
        );
    mountains(k, 8, -110, ['#8ea07a', '#7d9070', '#a0b08a'], 18);
  },
  motion: [
    {
      kind: 'spin',
      axis: 'y',
      amount: 0.05,
      speed: 1,
      pivot: [9, 26, -14],
      build: (k) => {
        k.box(0, 0, 0, 2.2, 2.2, 2.2, '#f2c230');
        k.box(0, 0.4, 0.9, 1.2, 1.0, 0.05, '#bfe6ff', { look: 'glow' });
        k.box(10, 2.0, 0, 24, 0.6, 0.9, '#f2c230');
        k.box(-6, 2.0, 0, 10, 0.6, 0.9, '#f2c230');
        k.box(-9, 0.8, 0, 3, 1.4, 1.4, '#8a8a8a');
        k.box(0, 2.2, 0, 0.6, 4, 0.6, '#f2c230');
        k.box(14, -6, 0, 0.05, 8, 0.05, '#1e1e1e');
        k.box(14, -7, 0, 1.2, 1.0, 1.2, '#8a8580');
      },
    },
    {
      kind: 'drift',
      axis: 'x',
      amount: 0.6,
      speed: 1,
      pivot: [0, 0, 0],
      build: (k) => cloudBank(k, 31, 6, 30, -75),
    },
  ],
  spots: {
    institution: [
      [-1.8, 1.4],
      [-3.0, 2.0],
      [-0.6, 2.2],
    ],
    public: [
      [0.6, 0.4],
      [1.8, 1.2],
      [-0.2, -0.6],
      [3.2, 2.0],
    ],
    apart: [
      [-6.8, -0.4],
      [6.0, -2.2],
    ],
  },
  view: { position: [-1, 5.5, 13], target: [0, 1.8, -2] },
};
