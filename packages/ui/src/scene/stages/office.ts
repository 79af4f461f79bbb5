import type { StageDefinition } from '../types';
import { ceilingLights, chair, desk, plant, room, wallWindow } from './props';

/** An inspection or police office by day: desks with screens, filing cabinets, a whiteboard and a map with
 * pins, windows onto the city, a water cooler and plants; the ceiling fan turns. */
export const office: StageDefinition = {
  environment: 'office',
  atmosphere: {
    sky: ['#dfe8ee', '#dfe8ee'],
    fog: ['#dfe8ee', 30, 80],
    hemi: ['#ffffff', '#7a7468', 1.5],
    key: ['#fffaf0', 1.3, [-8, 12, 10]],
    indoor: true,
  },
  build: (k) => {
    room(k, {
      w: 16,
      d: 19,
      h: 3.6,
      floor: '#8a9aa6',
      wall: '#e8e4da',
      side: '#d9d4c8',
      ceiling: '#f4f2ee',
      skirting: '#5a6670',
    });
    for (let x = -7; x <= 7; x += 1) k.box(x, 0.001, -0.5, 0.02, 0.002, 19, '#7d8c98');
    // windows onto the city on the back wall
    for (const x of [-5, -1.5, 2]) wallWindow(k, x, 1.0, -9.36, 2.6, 1.9, '#f4f4f4', '#bfe0f5');
    for (const x of [-5.8, -4.2, -2.3, -0.7, 1.2, 2.8])
      k.box(x, 1.0, -9.365, 0.9, 1.5 + (x > 0 ? 0.3 : 0), 0.01, '#8fa8b8', { look: 'glow' });
    // a map with pins and a whiteboard on the left wall
    k.at(-7.88, 0, -2, Math.PI / 2, (k) => {
      k.box(0, 1.2, 0, 3.2, 1.6, 0.04, '#ffffff');
      k.box(0, 1.25, 0.03, 3.0, 1.5, 0.02, '#cfe3c0');
      k.box(-0.5, 1.5, 0.05, 1.2, 0.7, 0.02, '#a8c890');
      k.box(0.7, 1.6, 0.05, 0.9, 0.9, 0.02, '#9cc0e0');
      for (const [px, py, c] of [
        [-0.8, 1.7, '#d62828'],
        [0.2, 2.1, '#d62828'],
        [0.9, 1.9, '#2e6db4'],
        [-0.2, 1.5, '#f2c230'],
      ] as const)
        k.ball(px, py, 0.08, 0.05, c, { seg: 4 });
      k.box(0, 0, 3.8, 2.8, 0.05, 0.04, '#444444');
      k.box(0, 1.0, 3.8, 3.0, 1.4, 0.05, '#f8f8f8');
      k.box(-0.6, 1.9, 3.84, 1.2, 0.05, 0.02, '#2e6db4');
      k.box(0.4, 1.6, 3.84, 1.6, 0.05, 0.02, '#d62828');
      k.box(-0.2, 1.3, 3.84, 1.8, 0.05, 0.02, '#2e6db4');
    });
    // filing cabinets and a bookcase on the back wall
    for (const x of [5.2, 6.0, 6.8]) {
      k.box(x, 0, -9.05, 0.75, 1.35, 0.65, '#9aa3ab');
      for (let d = 0; d < 3; d++) k.box(x, 0.15 + d * 0.42, -8.71, 0.2, 0.04, 0.02, '#5a6066');
    }
    k.at(-7.3, 0, 3.5, Math.PI / 2, (k) => {
      k.box(0, 0, 0, 2.2, 2.2, 0.5, '#8a5a3a');
      for (let y = 0.45; y < 2.2; y += 0.5)
        for (let b = -0.95; b < 0.95; b += 0.12)
          k.box(
            b,
            y,
            0.05,
            0.09,
            0.3 + ((b * 13) % 0.12),
            0.32,
            ['#d62828', '#2e6db4', '#f2c230', '#2a9d5a', '#eeeeee'][
              Math.abs(Math.round(b * 40)) % 5
            ] as string,
          );
    });
    // desks in two rows, chairs, papers
    for (const [x, z] of [
      [-4.5, -5.5],
      [-1, -5.5],
      [2.5, -5.5],
      [-4.5, -2.5],
      [2.5, -2.5],
    ] as const) {
      desk(k, x, z, 0, '#c9a77a');
      chair(k, x, z + 0.75, Math.PI, '#2d4a6a');
    }
    k.box(-1, 0, -2.5, 2.2, 0.75, 1.0, '#c9a77a');
    k.box(-1, 0.75, -2.5, 0.6, 0.05, 0.45, '#f8f8f8');
    // water cooler, printer, plants
    k.box(6.6, 0, -5, 0.5, 1.0, 0.5, '#e8e8e8');
    k.cyl(6.6, 1.0, -5, 0.2, 0.5, '#7fc4ff', { look: 'glass', seg: 8 });
    k.box(6.5, 0, -3, 0.9, 0.75, 0.7, '#8a8f96');
    k.box(6.5, 0.75, -3, 0.7, 0.35, 0.55, '#e0e0e0');
    plant(k, -7, -8.8, 1.5);
    plant(k, 7, -8.8, 1.3);
    plant(k, 6.8, 1.5, 1.2);
    // a wall clock and ceiling lights
    k.cyl(3.5, 2.6, -9.4, 0.32, 0.06, '#ffffff', { r: [Math.PI / 2, 0, 0], seg: 12 });
    k.box(3.5, 2.6, -9.32, 0.03, 0.2, 0.02, '#111111');
    ceilingLights(k, [-4, 0, 4], [-7, -3, 1, 5], 3.6);
  },
  motion: [
    {
      kind: 'spin',
      axis: 'y',
      amount: 3,
      speed: 1,
      pivot: [0, 3.2, -1],
      build: (k) => {
        k.cyl(0, 0, 0, 0.04, 0.4, '#dddddd', { seg: 6 });
        k.cyl(0, -0.15, 0, 0.18, 0.15, '#eeeeee', { seg: 8 });
        for (let i = 0; i < 4; i++)
          k.box(0, -0.08, 0, 0.18, 0.02, 1.6, '#b9a07a', { r: [0, (i * Math.PI) / 4, 0] });
      },
    },
  ],
  spots: {
    institution: [
      [-2.2, 0.4],
      [-3.4, 1.0],
      [-1.2, 1.4],
    ],
    public: [
      [0.8, 0.4],
      [2.0, 1.0],
      [0.2, 1.8],
      [3.0, 1.8],
    ],
    apart: [
      [4.6, -0.6],
      [-5.4, 1.8],
    ],
  },
  view: { position: [-0.5, 3.1, 8.5], target: [0, 1.3, -1.5] },
};
