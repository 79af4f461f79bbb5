import type { StageDefinition } from '../types';
import { ceilingLights, chair, plant, room, sideWindow } from './props';

/** A hospital examination room: the clinic bed with its sheet and pillow, a privacy curtain on its rail,
 * the drip stand and the heart monitor, a cabinet with the red cross, a sink, tiles and cool light. */
export const hospital: StageDefinition = {
  environment: 'hospital',
  atmosphere: {
    sky: ['#e4f0ee', '#e4f0ee'],
    fog: ['#e4f0ee', 30, 80],
    hemi: ['#f4fffc', '#7a8a88', 1.55],
    key: ['#f0fbff', 1.3, [-6, 12, 10]],
    indoor: true,
  },
  build: (k) => {
    room(k, {
      w: 16,
      d: 19,
      h: 3.4,
      floor: '#cfd8d6',
      wall: '#e6f2ef',
      side: '#d8ebe7',
      ceiling: '#f7faf9',
      skirting: '#4a9a8a',
    });
    for (let x = -7.5; x <= 7.5; x += 0.75) k.box(x, 0.001, 0, 0.03, 0.002, 19, '#b8c4c2');
    for (let z = -9; z <= 9; z += 0.75) k.box(0, 0.001, z, 16, 0.002, 0.03, '#b8c4c2');
    k.box(0, 1.0, -9.38, 16, 0.12, 0.03, '#4a9a8a');
    // the clinic bed
    k.at(3.2, 0, -6.6, Math.PI / 2, (k) => {
      for (const [x, z] of [
        [-0.45, -1.0],
        [0.45, -1.0],
        [-0.45, 1.0],
        [0.45, 1.0],
      ] as const) {
        k.box(x, 0.1, z, 0.06, 0.5, 0.06, '#9aa3ab');
        k.cyl(x, 0, z, 0.06, 0.1, '#333333', { seg: 6 });
      }
      k.box(0, 0.6, 0, 1.0, 0.14, 2.2, '#b0b8c0');
      k.box(0, 0.74, 0, 0.95, 0.16, 2.1, '#ffffff');
      k.box(0, 0.9, 0.25, 0.97, 0.08, 1.5, '#8fc9d9');
      k.box(0, 0.9, -0.75, 0.6, 0.2, 0.4, '#ffffff', { r: [-0.3, 0, 0] });
      k.box(0, 0.6, -1.12, 1.05, 0.8, 0.06, '#9aa3ab');
      k.box(0, 0.6, 1.12, 1.05, 0.45, 0.06, '#9aa3ab');
      for (const x of [-0.53, 0.53]) k.box(x, 0.85, 0.2, 0.03, 0.25, 1.2, '#c0c8d0');
    });
    // privacy curtain: rail and folded cloth
    k.box(3.2, 3.0, -8.2, 6.5, 0.05, 0.05, '#aab4b8');
    k.box(0.0, 3.0, -6.5, 0.05, 0.05, 3.4, '#aab4b8');
    for (let i = 0; i < 12; i++)
      k.box(-0.1 + (i % 2) * 0.08, 0.5, -8.1 + i * 0.2, 0.06, 2.5, 0.22, '#9fd3c7');
    for (let i = 0; i < 8; i++) k.box(5.2 + i * 0.2, 0.5, -8.1 + (i % 2) * 0.08, 0.22, 2.5, 0.06, '#9fd3c7');
    // drip stand and the monitor on its arm
    k.at(1.5, 0, -7.3, 0, (k) => {
      k.cyl(0, 0, 0, 0.25, 0.05, '#777777', { seg: 5 });
      k.cyl(0, 0, 0, 0.025, 2.0, '#b0b8c0', { seg: 6 });
      k.box(0, 1.95, 0, 0.5, 0.03, 0.03, '#b0b8c0');
      k.box(0.2, 1.6, 0, 0.16, 0.3, 0.05, '#cfefff', { look: 'glass' });
      k.box(0.2, 1.3, 0, 0.01, 0.35, 0.01, '#e8e8e8');
    });
    k.at(4.0, 0, -8.8, -0.3, (k) => {
      k.box(0, 0, 0, 0.1, 1.5, 0.1, '#9aa3ab');
      k.box(0, 1.5, 0, 0.8, 0.55, 0.2, '#2b2f33');
      k.box(0, 1.55, 0.105, 0.7, 0.45, 0.01, '#0e1a14', { look: 'glow' });
      k.box(-0.1, 1.68, 0.11, 0.4, 0.03, 0.01, '#3cff7a', { look: 'glow' });
      k.box(0, 1.6, 0.11, 0.5, 0.02, 0.01, '#ffd23c', { look: 'glow' });
    });
    // cabinet with the red cross, sink, bin, sharps box
    k.at(-5.5, 0, -9.05, 0, (k) => {
      k.box(0, 0, 0, 3.0, 0.9, 0.6, '#f4f6f6');
      k.box(0, 0.9, 0, 3.05, 0.06, 0.65, '#7a8a8a');
      k.box(0, 1.7, 0.05, 2.0, 0.9, 0.4, '#f4f6f6');
      k.box(0, 1.95, 0.26, 0.45, 0.14, 0.02, '#e02020');
      k.box(0, 1.83, 0.26, 0.14, 0.38, 0.02, '#e02020');
      k.box(1.0, 0.96, 0.0, 0.6, 0.12, 0.45, '#dfe6e8');
      k.cyl(1.0, 0.96, -0.2, 0.02, 0.35, '#b0b8c0', { seg: 4 });
      for (let i = 0; i < 4; i++)
        k.box(
          -0.7 + i * 0.3,
          0.96,
          0.05,
          0.12,
          0.2,
          0.12,
          ['#ffffff', '#e8d8a8', '#a8d8e8', '#ffffff'][i] as string,
        );
    });
    k.cyl(-3.5, 0, -8.8, 0.22, 0.6, '#3a8a5a', { seg: 8 });
    k.box(-2.9, 0, -9.1, 0.35, 0.5, 0.3, '#f2c230');
    // chairs for the family, a wall chart, the window
    chair(k, -1.2, -3.5, 0.6, '#4a9a8a');
    chair(k, -2.1, -3.2, 0.4, '#4a9a8a');
    k.box(-0.5, 1.3, -9.38, 1.0, 1.3, 0.02, '#ffffff');
    for (let i = 0; i < 6; i++) k.box(-0.5, 1.45 + i * 0.18, -9.36, 0.7 - i * 0.1, 0.06, 0.01, '#2a2a2a');
    sideWindow(k, -7.86, 1.0, -3.5, 3, 1.6, '#ffffff', '#d8f0ff', 1);
    k.box(-7.7, 0, -0.5, 0.35, 0.8, 1.6, '#cfd8d6');
    plant(k, -7.2, 2.5, 1.3);
    ceilingLights(k, [-4, 0, 4], [-7, -3, 1, 5], 3.4, '#f4fffe');
  },
  motion: [
    {
      kind: 'pulse',
      axis: 'y',
      amount: 0.8,
      speed: 3,
      pivot: [4.06, 1.72, -8.66],
      build: (k) => {
        k.box(0, -0.05, 0, 0.08, 0.1, 0.01, '#3cff7a', { look: 'glow' });
        k.box(0.05, -0.05, 0, 0.02, 0.2, 0.01, '#3cff7a', { look: 'glow' });
      },
    },
  ],
  spots: {
    institution: [
      [-0.6, -2.2],
      [-1.8, -1.2],
      [0.2, -0.6],
    ],
    public: [
      [1.6, -3.0],
      [2.6, -2.2],
      [1.2, -1.2],
      [3.6, -1.4],
    ],
    apart: [
      [-4.0, -0.4],
      [5.0, 0.8],
    ],
  },
  roleSpots: { victim: [[2.0, -5.0]] },
  view: { position: [-1.5, 3.0, 7.5], target: [0.8, 1.2, -3] },
};
