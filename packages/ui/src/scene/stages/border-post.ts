import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { car, cloudBank, flagCloth, flagPole, mountains, shrub, truck } from './props';

/** A land border crossing in the afternoon: the inspection booth and its barrier across the vehicle lane,
 * the canopy over the lanes, the customs building with its flags, the border fence and the desert hills. */
export const borderPost: StageDefinition = {
  environment: 'border-post',
  atmosphere: {
    sky: ['#f6dcb2', '#4f93d6'],
    fog: ['#f1d9b4', 45, 170],
    hemi: ['#fff4de', '#a8805a', 1.3],
    key: ['#fff0d2', 2.4, [-25, 30, 18]],
  },
  build: (k) => {
    const r = seeded(7);
    k.box(0, -0.2, -20, 260, 0.2, 260, '#d9b98a');
    // the vehicle lane and the pedestrian apron
    k.box(5.5, -0.05, -30, 8, 0.08, 120, '#4a4a4f');
    for (let z = -80; z < 20; z += 4) k.box(5.5, 0.031, z, 0.18, 0.01, 2, '#f2c230');
    k.box(1.35, -0.05, -30, 0.3, 0.2, 120, '#c9c2b5');
    k.box(9.7, -0.05, -30, 0.3, 0.2, 120, '#c9c2b5');
    k.box(-5, -0.05, -2, 12, 0.1, 16, '#bdb6a8');
    for (let z = -9; z <= 5; z += 2) k.box(-5, 0.051, z, 12, 0.005, 0.05, '#a59e90');
    // stop line and speed bump
    k.box(5.5, 0.03, 0.6, 7.6, 0.01, 0.35, '#f5f5f5');
    for (let i = 0; i < 8; i++) k.box(2.2 + i * 0.95, 0, 2.5, 0.9, 0.12, 0.5, i % 2 ? '#1e1e1e' : '#f2c230');
    // the inspection booth
    k.at(0, 0, -2.4, 0, (k) => {
      k.box(0, 0, 0, 2.4, 1.0, 2.4, '#e9e4d8');
      k.box(0, 1.0, 0, 2.4, 1.3, 2.4, '#b9d6e6', { look: 'glass' });
      for (const [x, z] of [
        [-1.17, -1.17],
        [1.17, -1.17],
        [-1.17, 1.17],
        [1.17, 1.17],
      ] as const)
        k.box(x, 1.0, z, 0.1, 1.3, 0.1, '#e9e4d8');
      k.box(0, 2.3, 0, 2.4, 0.5, 2.4, '#e9e4d8');
      k.box(0, 2.8, 0, 3.4, 0.18, 3.4, '#1f4e8c');
      k.box(0, 2.98, 0, 2.2, 0.45, 0.1, '#ffffff', { look: 'glow' });
      k.box(0, 3.07, 0.06, 1.6, 0.12, 0.02, '#1f4e8c');
      k.box(0, 1.0, 1.2, 1.6, 0.06, 0.45, '#8a6a4a');
      k.box(-0.6, 1.0, -0.2, 0.45, 0.45, 0.05, '#3a3a3a');
      k.box(1.205, 1.25, 0.3, 0.02, 0.3, 0.45, '#6fd0ff', { look: 'glow' });
    });
    // the barrier: post, counterweight and a striped arm across the lane
    k.box(1.9, 0, -1.0, 0.4, 1.1, 0.4, '#f2c230');
    for (let i = 0; i < 4; i++) k.box(1.9, 0.15 + i * 0.25, -0.79, 0.42, 0.12, 0.02, '#1e1e1e');
    k.box(1.5, 0.95, -1.0, 0.6, 0.35, 0.3, '#3a3a3a');
    for (let i = 0; i < 11; i++)
      k.box(2.4 + i * 0.6, 1.0, -1.0, 0.6, 0.14, 0.12, i % 2 ? '#ffffff' : '#d62828');
    k.box(9.0, 0, -1.0, 0.15, 0.95, 0.15, '#f2c230');
    k.box(9.0, 0.9, -1.0, 0.28, 0.05, 0.3, '#3a3a3a');
    k.box(2.0, 1.2, -1.0, 0.14, 0.14, 0.14, '#ff3b2f', { look: 'glow' });
    // traffic cones
    for (const x of [2.6, 4.1, 5.6, 7.1, 8.6]) {
      k.box(x, 0, 1.6, 0.4, 0.04, 0.4, '#1e1e1e');
      k.cone(x, 0.04, 1.6, 0.17, 0.6, '#ff6a1a', { seg: 6 });
      k.cyl(x, 0.3, 1.6, 0.12, 0.08, '#ffffff', { seg: 6, top: 0.8 });
    }
    // the canopy over the lanes, lit from below
    for (const x of [1.6, 9.4]) for (const z of [-5, -13]) k.box(x, 0, z, 0.45, 5.4, 0.45, '#dcdcdc');
    k.box(5.5, 5.4, -9, 10, 0.5, 10, '#f1f1f1');
    k.box(5.5, 5.9, -9, 10.2, 0.25, 10.2, '#1f4e8c');
    for (const z of [-6, -9, -12]) k.box(5.5, 5.34, z, 7, 0.06, 0.35, '#fffbe6', { look: 'glow' });
    k.box(5.5, 4.5, -4.05, 6.8, 0.8, 0.1, '#1e7a45', { look: 'glow' });
    k.box(5.5, 4.75, -3.98, 4.4, 0.12, 0.02, '#ffffff', { look: 'glow' });
    k.box(5.5, 4.58, -3.98, 3.0, 0.08, 0.02, '#ffffff', { look: 'glow' });
    // vehicles waiting
    car(k, 5.5, -6.5, 0, '#c0392b');
    truck(k, 5.5, -17, 0, '#2e6db4', '#d9d2c3');
    car(k, 5.5, -28, 0, '#f2f2f2');
    car(k, 5.5, -34.5, 0, '#2c3e50');
    // the customs building, its windows and flags
    k.at(-9.5, 0, -10, 0, (k) => {
      k.box(0, 0, 0, 13, 4.4, 6, '#efe6d4');
      k.box(0, 4.4, 0, 13.4, 0.35, 6.4, '#1f4e8c');
      k.box(0, 0, 3.01, 13, 0.5, 0.05, '#c9b89a');
      for (let x = -5.4; x <= 5.4; x += 1.8) {
        k.box(x, 1.2, 3.02, 1.2, 1.2, 0.05, '#9fd2f0', { look: 'glow' });
        k.box(x, 2.9, 3.02, 1.2, 0.9, 0.05, '#9fd2f0', { look: 'glow' });
      }
      k.box(3.5, 0, 3.03, 1.6, 2.3, 0.05, '#5b4130');
      k.box(0, 3.6, 3.04, 5, 0.6, 0.05, '#1f4e8c');
      k.box(0, 3.76, 3.07, 3.6, 0.24, 0.02, '#ffffff', { look: 'glow' });
    });
    for (const x of [-11.5, -9.5, -7.5]) flagPole(k, x, -5.8, 6.5);
    // queue railings for people on foot
    for (let x = -9; x <= -1.5; x += 1.5) {
      k.cyl(x, 0, 1.6, 0.05, 1.0, '#b0b5ba', { seg: 6 });
      k.cyl(x, 0, -0.2, 0.05, 1.0, '#b0b5ba', { seg: 6 });
    }
    k.box(-5.25, 0.9, 1.6, 7.5, 0.06, 0.06, '#d62828');
    k.box(-5.25, 0.9, -0.2, 7.5, 0.06, 0.06, '#d62828');
    // the border fence on each side of the crossing
    for (const [from, to] of [
      [-60, -13],
      [11, 60],
    ] as const) {
      for (let x = from; x <= to; x += 2.5) k.box(x, 0, -3.5, 0.1, 2.4, 0.1, '#7c8288');
      k.box((from + to) / 2, 0.2, -3.5, to - from, 2.1, 0.02, '#9aa0a6', { look: 'glass' });
      k.box((from + to) / 2, 2.35, -3.5, to - from, 0.06, 0.06, '#7c8288');
    }
    // desert: shrubs, cacti, hills
    for (let i = 0; i < 40; i++) {
      const x = -70 + r() * 140;
      const z = -8 - r() * 60;
      if (x > -1 && x < 12) continue;
      if (r() < 0.35) {
        k.cyl(x, 0, z, 0.25, 2.2, '#5c8a4a', { seg: 6 });
        k.cyl(x + 0.45, 0.9, z, 0.14, 0.9, '#5c8a4a', { seg: 6 });
      } else shrub(k, x, z, 0.8 + r(), r() < 0.5 ? '#8a8f4a' : '#9a7f52');
    }
    mountains(k, 3, -95, ['#b98a68', '#a7785e', '#c89b78', '#9b6f5a'], 26);
  },
  motion: [
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.25,
      speed: 1.6,
      pivot: [-11.5, 6.4, -5.8],
      build: (k) => flagCloth(k, 0, 0, 0, ['#1f4e8c', '#ffffff', '#1f4e8c'], '#d4b24a'),
    },
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.22,
      speed: 1.4,
      pivot: [-9.5, 6.4, -5.8],
      build: (k) => flagCloth(k, 0, 0, 0, ['#2a9d5a', '#ffffff', '#d62828']),
    },
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.28,
      speed: 1.8,
      pivot: [-7.5, 6.4, -5.8],
      build: (k) => flagCloth(k, 0, 0, 0, ['#0f2e6b', '#0f2e6b', '#0f2e6b'], '#ffd24a'),
    },
    {
      kind: 'drift',
      axis: 'x',
      amount: 0.6,
      speed: 1,
      pivot: [0, 0, 0],
      build: (k) => cloudBank(k, 11, 6, 28, -70),
    },
  ],
  spots: {
    institution: [
      [-0.6, -0.5],
      [-1.8, -0.1],
      [-3.0, 0.4],
    ],
    public: [
      [1.2, 1.2],
      [-4.4, 0.7],
      [0.2, 2.2],
      [-5.6, 0.8],
    ],
    apart: [
      [3.4, -3.2],
      [7.8, -3.6],
    ],
  },
  view: { position: [-3.5, 5.2, 12.5], target: [0.5, 1.2, -1.5] },
};
