import type { StageDefinition } from '../types';
import { ceilingLights, flagCloth, flagPole, plant, room } from './props';

/** A consulate's service hall: the long counter with glass windows and numbered service lights, the flags and
 * the national emblem behind it, rows of waiting chairs, the ticket dispenser, portraits and a marble floor. */
export const consulate: StageDefinition = {
  environment: 'consulate',
  atmosphere: {
    sky: ['#efe9dc', '#efe9dc'],
    fog: ['#efe9dc', 30, 80],
    hemi: ['#fffaf0', '#7a6a58', 1.5],
    key: ['#fff6e4', 1.2, [6, 12, 10]],
    indoor: true,
  },
  build: (k) => {
    room(k, {
      w: 18,
      d: 19,
      h: 4.2,
      floor: '#e6e0d4',
      wall: '#e9e2d2',
      side: '#ddd3bf',
      ceiling: '#f6f2ea',
      skirting: '#6b4a2e',
    });
    for (let x = -8; x <= 8; x += 2)
      for (let z = -9; z <= 9; z += 2) if ((x + z) % 4 === 0) k.box(x, 0.001, z, 2, 0.002, 2, '#c9bfae');
    k.box(0, 0, -9.38, 18, 1.1, 0.04, '#8a6a4a');
    // the counter: wood base, marble top, glass partition with windows, numbers lit above
    k.at(0, 0, -5.8, 0, (k) => {
      k.box(0, 0, 0, 12, 1.1, 0.9, '#7a5232');
      k.box(0, 1.1, 0, 12.1, 0.08, 1.0, '#f2efe8');
      for (let i = 0; i < 4; i++) {
        const x = -4.5 + i * 3;
        k.box(x, 1.18, 0.05, 2.4, 1.3, 0.04, '#cde6f2', { look: 'glass' });
        k.box(x, 1.18, 0.2, 0.9, 0.05, 0.4, '#dcd6cc');
        k.box(x, 2.6, 0.1, 0.8, 0.5, 0.12, '#1a1a1a');
        k.box(x - 0.2, 2.68, 0.17, 0.12, 0.34, 0.02, i === 1 ? '#ff4a3a' : '#4aff7a', { look: 'glow' });
        k.box(x + 0.1, 2.68, 0.17, 0.22, 0.34, 0.02, i === 1 ? '#ff4a3a' : '#4aff7a', { look: 'glow' });
        k.box(x, 1.18, -0.6, 0.6, 0.5, 0.04, '#222222');
        k.box(x, 1.2, -0.58, 0.5, 0.4, 0.02, '#7fc4ff', { look: 'glow' });
      }
      for (let x = -6; x <= 6; x += 3) k.box(x, 1.18, 0.05, 0.1, 1.35, 0.1, '#5a3a22');
      k.box(0, 2.5, 0.05, 12.1, 0.1, 0.12, '#5a3a22');
      k.box(0, 0, -1.8, 12, 0.75, 0.8, '#a88a6a');
    });
    // behind the counter: emblem, portrait, flags
    k.cyl(0, 2.2, -9.38, 0.7, 0.06, '#d4b24a', { r: [Math.PI / 2, 0, 0], seg: 14 });
    k.cyl(0, 2.2, -9.32, 0.5, 0.04, '#1f4e8c', { r: [Math.PI / 2, 0, 0], seg: 14 });
    k.cone(0, 1.95, -9.27, 0.22, 0.5, '#d4b24a', { seg: 5 });
    for (const x of [-4, 4]) {
      k.box(x, 1.6, -9.37, 1.2, 1.5, 0.05, '#8a6a2a');
      k.box(x, 1.7, -9.33, 1.0, 1.3, 0.02, x < 0 ? '#9fb4c8' : '#c8b49f');
    }
    for (const x of [-2, 2]) flagPole(k, x, -8.8, 3.6);
    // the waiting area: rows of linked chairs, a ticket dispenser, a screen with the queue
    for (const z of [-1.6, 0.2])
      for (const x0 of [-6.5, 2.5])
        for (let i = 0; i < 5; i++)
          k.at(x0 + i * 0.75, 0, z, 0, (k) => {
            k.box(0, 0.42, 0, 0.62, 0.07, 0.5, '#1f4e8c');
            k.box(0, 0.48, -0.24, 0.62, 0.5, 0.05, '#1f4e8c');
            k.box(0, 0, 0, 0.05, 0.42, 0.4, '#8a8f96');
          });
    k.at(-7.2, 0, -3.5, Math.PI / 2, (k) => {
      k.box(0, 0, 0, 0.45, 1.3, 0.35, '#d8dde2');
      k.box(0, 0.9, 0.18, 0.3, 0.25, 0.02, '#7fc4ff', { look: 'glow' });
      k.box(0, 0.7, 0.18, 0.12, 0.04, 0.02, '#ffffff', { look: 'glow' });
    });
    k.at(7.85, 0, -2, -Math.PI / 2, (k) => {
      k.box(0, 2.0, 0, 2.0, 1.1, 0.08, '#1a1a1a');
      k.box(0, 2.05, 0.05, 1.85, 0.95, 0.02, '#12305a', { look: 'glow' });
      for (let j = 0; j < 3; j++)
        k.box(-0.3, 2.2 + j * 0.25, 0.07, 1.0, 0.1, 0.01, j === 2 ? '#ff6a4a' : '#ffffff', { look: 'glow' });
    });
    // stanchions with a rope, plants, a notice board
    for (let x = -5; x <= 5; x += 2.5) {
      k.cyl(x, 0, -3.9, 0.05, 0.95, '#d4b24a', { seg: 6 });
      k.cyl(x, 0, -3.9, 0.18, 0.04, '#d4b24a', { seg: 8 });
    }
    k.box(0, 0.85, -3.9, 10, 0.05, 0.05, '#a01c2c');
    plant(k, -8, -8.6, 1.6);
    plant(k, 8, -8.6, 1.6);
    plant(k, -8, 3, 1.4);
    k.at(-8.88, 0, 0.5, Math.PI / 2, (k) => {
      k.box(0, 1.1, 0, 2.4, 1.4, 0.05, '#a0764a');
      for (let i = 0; i < 5; i++)
        k.box(
          -0.8 + i * 0.4,
          1.4 + (i % 2) * 0.4,
          0.04,
          0.3,
          0.42,
          0.01,
          ['#ffffff', '#fff3b0', '#d0e8ff'][i % 3] as string,
        );
    });
    ceilingLights(k, [-5, 0, 5], [-7, -3, 1, 5], 4.2, '#fffaf0');
  },
  motion: [
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.12,
      speed: 0.8,
      pivot: [-2, 3.5, -8.8],
      build: (k) => flagCloth(k, 0, 0, 0, ['#1f4e8c', '#ffffff', '#1f4e8c'], '#d4b24a'),
    },
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.12,
      speed: 0.9,
      pivot: [2, 3.5, -8.8],
      build: (k) => flagCloth(k, 0, 0, 0, ['#2a9d5a', '#ffffff', '#d62828']),
    },
  ],
  spots: {
    institution: [
      [-1.5, -5.0],
      [1.5, -5.0],
      [-4.5, -5.0],
    ],
    public: [
      [-1.2, -3.2],
      [0.2, -2.8],
      [1.4, -3.3],
      [-0.6, -0.6],
    ],
    apart: [
      [4.6, -0.8],
      [-5.8, 1.4],
    ],
  },
  roleSpots: { official: [[-1.5, -6.9]], colleague: [[1.5, -6.9]] },
  view: { position: [0.5, 3.2, 7.5], target: [0, 1.4, -4] },
};
