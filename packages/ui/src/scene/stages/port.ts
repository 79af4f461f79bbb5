import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { cloudBank } from './props';

const containerColours = [
  '#c0392b',
  '#1f5fa8',
  '#2a9d5a',
  '#e67e22',
  '#7f8c8d',
  '#8e44ad',
  '#d4ac0d',
  '#16a085',
];

/** A container port on an overcast morning: stacked containers, a ship-to-shore crane over a ship at the quay,
 * bollards, a straddle carrier and the sea. */
export const port: StageDefinition = {
  environment: 'port',
  atmosphere: {
    sky: ['#d5dde3', '#7f9bb5'],
    fog: ['#c9d3da', 40, 180],
    hemi: ['#eef3f7', '#5f6b70', 1.35],
    key: ['#ffffff', 1.7, [20, 30, 20]],
  },
  build: (k) => {
    const r = seeded(9);
    k.box(0, -1.4, -40, 400, 0.2, 300, '#2f6f8f');
    for (let i = 0; i < 60; i++)
      k.box(-80 + r() * 160, -1.19, -30 - r() * 90, 1.5 + r() * 3, 0.01, 0.2, '#8fc4dd');
    k.box(-5, -1.4, 2, 70, 1.4, 30, '#a8a59c');
    k.box(-5, -0.02, -12.9, 70, 0.05, 0.3, '#f2c230');
    for (let x = -38; x <= 28; x += 6) {
      k.cyl(x, 0, -12.4, 0.22, 0.5, '#2d2d2d', { seg: 8 });
      k.cyl(x, 0.5, -12.4, 0.3, 0.1, '#2d2d2d', { seg: 8 });
    }
    for (let x = -30; x <= 20; x += 2.5) k.box(x, -0.01, -4.5, 1.2, 0.01, 0.15, '#f5f5f5');
    // container stacks (corrugation by a darker band on each)
    const stack = (x: number, z: number, rows: number, cols: number, tiers: number) => {
      for (let c = 0; c < cols; c++)
        for (let row = 0; row < rows; row++) {
          const h = 1 + Math.floor(r() * tiers);
          for (let t = 0; t < h; t++) {
            const colour = containerColours[Math.floor(r() * containerColours.length)] as string;
            k.box(x + c * 6.3, t * 2.6, z - row * 2.55, 6.1, 2.55, 2.45, colour);
            k.box(x + c * 6.3, t * 2.6 + 0.15, z - row * 2.55 + 1.23, 5.8, 2.25, 0.02, '#2b2b2b', {
              look: 'glass',
            });
          }
        }
    };
    stack(-26, 1, 3, 2, 4);
    stack(12, 0, 3, 2, 3);
    stack(-46, 4, 3, 3, 3);
    // the ship at the quay
    k.at(-4, -1.4, -22, 0, (k) => {
      k.box(0, 0, 0, 60, 4.5, 12, '#1d3a5a');
      k.box(0, 0, 0, 60.2, 1.2, 12.2, '#a83232');
      k.box(0, 4.5, 0, 60, 0.3, 12, '#6e7b85');
      k.box(22, 4.8, 0, 8, 7, 10, '#f2f2f2');
      for (let y = 6; y < 11; y += 1.6) k.box(22, y, 5.02, 7, 0.6, 0.05, '#2f4a63');
      k.box(24, 11.8, 0, 1.5, 3, 1.5, '#c0392b');
      for (let x = -26; x <= 14; x += 6.3)
        for (let z = -4; z <= 4; z += 2.6) {
          const h = 1 + Math.floor(r() * 3);
          for (let t = 0; t < h; t++)
            k.box(
              x,
              4.8 + t * 2.6,
              z,
              6.1,
              2.55,
              2.45,
              containerColours[Math.floor(r() * containerColours.length)] as string,
            );
        }
    });
    // ship-to-shore crane: four legs, cross beams, the boom over the ship, machinery house
    k.at(-4, 0, -14, 0, (k) => {
      const legs = '#d35400';
      for (const x of [-5, 5]) for (const z of [-3, 6]) k.box(x, 0, z, 0.8, 22, 0.8, legs);
      for (const z of [-3, 6]) k.box(0, 10, z, 10.8, 0.8, 0.8, legs);
      for (const x of [-5, 5]) k.box(x, 21, 1.5, 0.8, 0.8, 9.8, legs);
      k.box(0, 22, -10, 3, 1.4, 44, '#e67e22');
      k.box(0, 23.4, 6, 5, 3, 6, '#f2f2f2');
      k.box(0, 23.4, 9.02, 3, 1, 0.05, '#7fc4ff', { look: 'glow' });
      for (const x of [-5, 5]) for (const z of [-3, 6]) k.box(x, 0, z, 1.4, 0.8, 1.6, '#3a3a3a');
      k.box(0, 12.5, -3.0, 0.1, 9.5, 0.1, '#1e1e1e');
    });
    // a straddle carrier and a forklift
    k.at(14, 0, -7, -0.3, (k) => {
      for (const x of [-1.8, 1.8]) for (const z of [-3, 3]) k.box(x, 0, z, 0.5, 6.5, 0.5, '#f2c230');
      for (const x of [-1.8, 1.8]) k.box(x, 6.5, 0, 0.7, 0.6, 6.8, '#f2c230');
      k.box(0, 7.1, 2.8, 3.8, 1.2, 1.2, '#e0e0e0');
      k.box(0, 3.3, 0, 2.4, 2.5, 6.0, '#1f5fa8');
      for (const x of [-1.8, 1.8])
        for (const z of [-3, 3]) k.cyl(x, 0.45, z, 0.45, 0.4, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
    });
    k.at(-6, 0, 2.5, 2.4, (k) => {
      k.box(0, 0.3, 0, 1.2, 1.0, 2.0, '#f2c230');
      k.box(0, 1.3, -0.3, 1.1, 1.1, 1.0, '#2a3440', { look: 'glass' });
      k.box(0, 2.4, -0.3, 1.2, 0.08, 1.2, '#f2c230');
      k.box(0, 0, 1.2, 0.1, 2.6, 0.1, '#2d2d2d');
      k.box(0, 0.1, 1.6, 1.0, 0.08, 1.0, '#2d2d2d');
      k.box(0, 0.2, 1.6, 1.2, 0.6, 1.1, '#a0522d');
      for (const [x, z] of [
        [-0.6, 0.6],
        [0.6, 0.6],
        [-0.6, -0.7],
        [0.6, -0.7],
      ] as const)
        k.cyl(x, 0.3, z, 0.3, 0.2, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
    });
    // lighting masts and a far shore
    for (const x of [-34, 24]) {
      k.cyl(x, 0, -6, 0.25, 20, '#8d96a0', { seg: 6 });
      k.box(x, 20, -6, 2.5, 0.8, 1, '#fff6dc', { look: 'glow' });
    }
    for (let x = -150; x <= 150; x += 20) k.box(x, -1.4, -140 - r() * 20, 22, 4 + r() * 8, 10, '#8a9aa5');
  },
  motion: [
    {
      kind: 'drift',
      axis: 'z',
      amount: 0.08,
      speed: 1,
      pivot: [-4, 21.5, -14],
      build: (k) => {
        k.box(0, 0, 0, 3.6, 1.2, 2.4, '#3a3a3a');
        k.box(0, -4, 0, 0.06, 4, 0.06, '#1e1e1e');
        k.box(0, -4.6, 0, 6.2, 0.5, 2.5, '#f2c230');
      },
    },
    {
      kind: 'drift',
      axis: 'x',
      amount: 0.5,
      speed: 1,
      pivot: [0, 0, 0],
      build: (k) => cloudBank(k, 21, 8, 30, -80),
    },
  ],
  spots: {
    institution: [
      [-2.4, -3.0],
      [-3.6, -2.2],
      [-1.2, -3.6],
    ],
    public: [
      [0.4, -1.2],
      [1.6, -2.0],
      [-0.8, -0.2],
      [2.6, -0.8],
    ],
    apart: [
      [5.6, -5.2],
      [-7.4, -4.8],
    ],
  },
  view: { position: [7, 8.5, 15], target: [-1.5, 3, -5] },
  closeUp: 0.7,
};
