import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { cloudBank, mountains, roundTree, tree } from './props';

/** A farm in the morning sun: rows of crops to the hills, the red barn and silo, the workers' barracks,
 * a tractor, crates of harvest and a wooden fence; the windpump turns. */
export const farm: StageDefinition = {
  environment: 'farm',
  atmosphere: {
    sky: ['#fdf0c8', '#5aa6e6'],
    fog: ['#eef0d0', 50, 190],
    hemi: ['#fffbe6', '#6e7a40', 1.35],
    key: ['#fff1c8', 2.4, [-30, 28, 10]],
  },
  build: (k) => {
    const r = seeded(17);
    k.box(0, -0.2, -40, 300, 0.2, 300, '#8dbb5a');
    // the field: furrows and crop rows running away from the camera
    for (let row = 0; row < 14; row++) {
      const x = 1.5 + row * 1.5;
      k.box(x, -0.05, -22, 0.9, 0.1, 40, '#7a5534');
      for (let z = -40; z < -1; z += 1.2) {
        const h = 0.6 + r() * 0.4;
        k.cone(x, 0, z + r() * 0.3, 0.34, h, r() < 0.15 ? '#9acd4a' : '#3f8f3a', { seg: 5 });
        if (r() < 0.12) k.ball(x + 0.15, h * 0.5, z, 0.09, '#d63a2a', { seg: 4 });
      }
    }
    k.box(-2, -0.04, -15, 3.2, 0.08, 50, '#b8965e');
    // the barn with its gable roof, doors and loft
    k.at(-9, 0, -12, 0.15, (k) => {
      k.box(0, 0, 0, 9, 4.8, 7, '#b03a2e');
      k.gable(0, 4.8, 0, 9.6, 2.6, 7.8, '#4a3c36');
      k.gable(0, 4.8, 0, 9.2, 2.4, 7.05, '#b03a2e');
      k.box(0, 0, 3.51, 3, 3.4, 0.06, '#f2ead8');
      k.box(0, 0.1, 3.55, 2.6, 3.1, 0.04, '#7a2a22');
      k.box(0, 1.6, 3.58, 3.1, 0.14, 0.03, '#f2ead8', { r: [0, 0, 0.82] });
      k.box(0, 1.6, 3.58, 3.1, 0.14, 0.03, '#f2ead8', { r: [0, 0, -0.82] });
      k.box(0, 5.0, 3.52, 1.3, 1.1, 0.05, '#3a2a22');
    });
    k.at(-3.2, 0, -14, 0, (k) => {
      k.cyl(0, 0, 0, 1.6, 9, '#c9ccd0', { seg: 10 });
      for (let y = 1; y < 9; y += 1.5) k.cyl(0, y, 0, 1.63, 0.12, '#9aa0a6', { seg: 10 });
      k.dome(0, 9, 0, 1.65, '#8a9096', { seg: 10 });
    });
    // the workers' barracks: long, low, tin roof, small windows, laundry line
    k.at(-11, 0, -2, 0.5, (k) => {
      k.box(0, 0, 0, 8, 2.6, 3.5, '#d7c9a8');
      k.box(0, 2.6, 0, 8.6, 0.12, 4.2, '#8e9aa0', { r: [0.12, 0, 0] });
      for (let x = -3; x <= 3; x += 2) k.box(x, 1.2, 1.76, 0.8, 0.6, 0.04, '#2f3a44');
      k.box(3.5, 0, 1.76, 0.9, 2.0, 0.04, '#6b4a2e');
      k.box(0, 1.7, 3.2, 7, 0.03, 0.03, '#dddddd');
      for (let x = -3; x <= 3; x += 1.1)
        k.box(
          x,
          1.15,
          3.2,
          0.5,
          0.55,
          0.03,
          ['#d62828', '#2e6db4', '#f2c230', '#ffffff'][Math.floor(r() * 4)] as string,
        );
      for (const x of [-3.6, 3.6]) k.box(x, 0, 3.2, 0.08, 1.8, 0.08, '#6b4a2e');
    });
    // a tractor by the field
    k.at(4.5, 0, -4.5, -0.9, (k) => {
      k.box(0, 0.6, 0.3, 1.2, 0.9, 2.4, '#2a8a3a');
      k.box(0, 1.5, -0.4, 1.1, 1.3, 1.1, '#2a3440', { look: 'glass' });
      k.box(0, 2.8, -0.4, 1.3, 0.1, 1.3, '#2a8a3a');
      k.cyl(0.3, 1.5, 1.2, 0.06, 0.9, '#333333', { seg: 6 });
      k.cyl(-0.8, 0.75, -0.6, 0.75, 0.5, '#1a1a1a', { r: [0, 0, Math.PI / 2], seg: 10 });
      k.cyl(0.8, 0.75, -0.6, 0.75, 0.5, '#1a1a1a', { r: [0, 0, Math.PI / 2], seg: 10 });
      k.cyl(-0.7, 0.42, 1.2, 0.42, 0.3, '#1a1a1a', { r: [0, 0, Math.PI / 2], seg: 8 });
      k.cyl(0.7, 0.42, 1.2, 0.42, 0.3, '#1a1a1a', { r: [0, 0, Math.PI / 2], seg: 8 });
    });
    // crates of harvest stacked by the path
    for (let i = 0; i < 7; i++) {
      const x = -1 + (i % 4) * 0.65;
      const y = i < 4 ? 0 : 0.42;
      k.box(x, y, 1.8 - (i >= 4 ? 0.1 : 0), 0.6, 0.42, 0.45, '#b07a40');
      k.box(x, y + 0.42, 1.8, 0.5, 0.04, 0.38, i % 2 ? '#d63a2a' : '#f2a23a');
    }
    // wooden fence along the front
    for (let x = -16; x <= 22; x += 2) k.box(x, 0, 4, 0.14, 1.1, 0.14, '#8b5e3c');
    k.box(3, 0.45, 4, 38, 0.1, 0.06, '#a0704a');
    k.box(3, 0.85, 4, 38, 0.1, 0.06, '#a0704a');
    // the windpump's tower (its wheel turns)
    k.at(-16, 0, -7, 0, (k) => {
      for (const [x, z] of [
        [-1, -1],
        [1, -1],
        [-1, 1],
        [1, 1],
      ] as const)
        k.box(x * 0.9, 0, z * 0.9, 0.1, 9.5, 0.1, '#8d96a0', { r: [z * -0.08, 0, x * 0.08] });
      k.cyl(1.8, 0, 1.5, 1.2, 1.4, '#7d8a90', { seg: 10 });
    });
    // trees along the fields and far hills
    for (let i = 0; i < 14; i++) tree(k, -30 + r() * 8, -10 - i * 5, 1 + r() * 0.6, '#3f7a35');
    for (let i = 0; i < 8; i++) roundTree(k, 26 + r() * 6, -8 - i * 6, 1.3, '#4f8a3a');
    mountains(k, 2, -100, ['#6f9a5a', '#7aa866', '#5e8a4f'], 20);
  },
  motion: [
    {
      kind: 'spin',
      axis: 'z',
      amount: 1.2,
      speed: 1,
      pivot: [-16, 9.6, -6.2],
      build: (k) => {
        k.cyl(0, 0, 0, 0.2, 0.3, '#5a5f66', { r: [Math.PI / 2, 0, 0], seg: 6 });
        for (let i = 0; i < 12; i++)
          k.box(0, 0, 0.05, 0.22, 1.5, 0.03, '#d9dcdf', { r: [0, 0, (i / 12) * Math.PI * 2] });
      },
    },
    {
      kind: 'drift',
      axis: 'x',
      amount: 0.5,
      speed: 1,
      pivot: [0, 0, 0],
      build: (k) => cloudBank(k, 41, 7, 30, -80),
    },
  ],
  spots: {
    institution: [
      [-2.2, 1.0],
      [-3.4, 1.6],
      [-2.8, 2.6],
    ],
    public: [
      [0.4, 0.2],
      [1.6, 0.8],
      [0.0, -1.2],
      [2.6, 0.0],
    ],
    apart: [
      [-6.4, -1.2],
      [4.2, -2.4],
    ],
  },
  view: { position: [-2, 5.2, 12.5], target: [-0.5, 1.5, -2] },
};
