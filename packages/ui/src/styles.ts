/**
 * The components' stylesheet, scoped under `.ruta`. Colours meet WCAG 2.2 AA contrast on their backgrounds;
 * every state shown in colour is also shown in words or a symbol.
 */
export const uiStyles = `
.ruta{--ruta-fg:#1a1a1a;--ruta-muted:#4a4f57;--ruta-bg:#fff;--ruta-panel:#f5f6f8;--ruta-border:#8a9099;--ruta-accent:#0b4fa8;--ruta-accent-bg:#e6effa;--ruta-good:#11612d;--ruta-good-bg:#e4f4e9;--ruta-warn:#7a4a00;--ruta-warn-bg:#fdf1dc;--ruta-bad:#a01818;--ruta-bad-bg:#fbe7e7;--ruta-focus:#0b4fa8;
color:var(--ruta-fg);background:var(--ruta-bg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5}
.ruta.ruta-text-large{font-size:1.2rem}.ruta.ruta-text-x-large{font-size:1.45rem}
.ruta *,.ruta *::before,.ruta *::after{box-sizing:border-box}
.ruta h2{font-size:1.4em;margin:.2em 0 .4em}.ruta h3{font-size:1.15em;margin:.2em 0 .4em}.ruta h4{font-size:1em;margin:.6em 0 .2em}
.ruta :focus-visible{outline:3px solid var(--ruta-focus);outline-offset:2px}
.ruta [tabindex="-1"]:focus{outline:none}.ruta [tabindex="-1"]:focus-visible{outline:3px solid var(--ruta-focus)}
.ruta-sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.ruta-muted{color:var(--ruta-muted)}.ruta-small{font-size:.875em}
.ruta-panel{background:var(--ruta-panel);border:1px solid #d5d9df;border-radius:8px;padding:.9em 1em;margin:0 0 1em}
.ruta-button{font:inherit;color:var(--ruta-accent);background:var(--ruta-bg);border:2px solid var(--ruta-accent);border-radius:6px;padding:.35em .8em;cursor:pointer}
.ruta-button:hover{background:var(--ruta-accent-bg)}
.ruta-button[aria-pressed="true"]{background:var(--ruta-accent);color:#fff}
.ruta-button[aria-pressed="true"]::before{content:"✓ "}
.ruta-primary{background:var(--ruta-accent);color:#fff}.ruta-primary:hover{background:#083d82}
.ruta-player-header p{margin:0 0 .6em}
.ruta-scene{margin:0 0 1em;border-radius:8px;overflow:hidden}.ruta-scene:has(canvas){height:clamp(240px,42vh,440px)}
.ruta-scene-fallback{margin:0;padding:1em;background:var(--ruta-warn-bg);color:var(--ruta-fg);border:1px solid var(--ruta-warn);border-radius:8px}
.ruta-player-body{display:grid;grid-template-columns:minmax(0,2fr) minmax(16em,1fr);gap:1.2em;align-items:start}
@media (max-width:52em){.ruta-player-body{grid-template-columns:1fr}}
.ruta-dialogue{background:var(--ruta-bg);border-left:4px solid var(--ruta-accent);padding:.6em 1em;margin:0 0 1em}
.ruta-speaker{margin:0 0 .3em}.ruta-node-text{margin:0;font-size:1.08em}
.ruta-notice{margin:0 0 .5em;font-weight:600;color:var(--ruta-warn)}
.ruta-choices{list-style:none;margin:0;padding:0;display:grid;gap:.5em}
.ruta-choice{display:flex;gap:.7em;align-items:flex-start;width:100%;text-align:left;font:inherit;color:var(--ruta-fg);background:var(--ruta-bg);border:2px solid var(--ruta-border);border-radius:8px;padding:.6em .8em;cursor:pointer}
.ruta-choice:hover{border-color:var(--ruta-accent);background:var(--ruta-accent-bg)}
.ruta-choice-key{flex:none;display:inline-grid;place-items:center;width:1.8em;height:1.8em;border-radius:50%;background:var(--ruta-accent);color:#fff;font-weight:700}
.ruta-countdown{display:flex;gap:1em;align-items:center;flex-wrap:wrap;margin:0 0 .8em}.ruta-countdown p{margin:0;font-weight:600}
.ruta-ending{background:var(--ruta-bg);border:2px solid var(--ruta-border);border-radius:8px;padding:.8em 1em}
.ruta-badge{display:inline-block;border-radius:999px;padding:.05em .6em;font-size:.9em;font-weight:600;border:1px solid currentColor}
.ruta-outcome-protected,.ruta-quality-best,.ruta-quality-good{color:var(--ruta-good);background:var(--ruta-good-bg)}
.ruta-outcome-partial,.ruta-quality-poor{color:var(--ruta-warn);background:var(--ruta-warn-bg)}
.ruta-outcome-harmed,.ruta-quality-harmful{color:var(--ruta-bad);background:var(--ruta-bad-bg)}
.ruta-meters{list-style:none;margin:0;padding:0;display:grid;gap:.4em}
.ruta-meter-row{display:grid;grid-template-columns:7em 1fr auto;gap:.6em;align-items:center}
.ruta-meter{height:.8em;border:1px solid var(--ruta-border);border-radius:4px;background:var(--ruta-bg);overflow:hidden}
.ruta-meter-fill{height:100%;background:var(--ruta-accent);transition:width .4s}
.ruta-reduced-motion *{transition:none!important;animation:none!important}
@media (prefers-reduced-motion:reduce){.ruta *{transition:none!important;animation:none!important}}
.ruta-field{display:grid;gap:.2em;margin:.4em 0 .6em}.ruta-field input{font:inherit;padding:.3em .5em;border:2px solid var(--ruta-border);border-radius:6px}
.ruta-group{border-top:1px solid #d5d9df;padding:.3em 0}.ruta-group summary{cursor:pointer;font-weight:600;padding:.2em 0}
.ruta-indicators{list-style:none;margin:.2em 0;padding:0;display:grid;gap:.25em}
.ruta-indicators li{display:flex;gap:.5em;align-items:flex-start}.ruta-indicators input{margin-top:.3em;width:1.1em;height:1.1em}
.ruta-noted label{font-weight:600}.ruta-tag{font-size:.85em;color:var(--ruta-accent);font-weight:600}
.ruta-fallback{font-size:.75em;color:var(--ruta-muted);border:1px dotted var(--ruta-muted);border-radius:3px;padding:0 .2em;white-space:nowrap}
.ruta-figures{display:flex;flex-wrap:wrap;gap:.6em 1.6em;margin:.6em 0 0}.ruta-figures dt{font-size:.875em;color:var(--ruta-muted)}.ruta-figures dd{margin:0;font-weight:700;font-size:1.2em}
.ruta-timeline{margin:0;padding-left:1.4em}.ruta-decision{margin:0 0 1em;padding:.2em 0 .6em .6em;border-left:4px solid var(--ruta-border)}
.ruta-decision-harmful{border-left-color:var(--ruta-bad)}.ruta-decision-best,.ruta-decision-good{border-left-color:var(--ruta-good)}.ruta-decision-poor{border-left-color:var(--ruta-warn)}
.ruta-decision p{margin:.25em 0}.ruta-label{font-weight:600}
.ruta-columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(14em,1fr));gap:1em}
.ruta-table{border-collapse:collapse;width:100%;background:var(--ruta-bg)}.ruta-table th,.ruta-table td{border:1px solid #c4c9d0;padding:.3em .5em;text-align:left;vertical-align:top}
.ruta-table thead th{background:#e9ecf0}.ruta-scroll{overflow-x:auto}
.ruta-grid td{text-align:center;white-space:nowrap}
.ruta-modules{padding-left:1.2em}.ruta-modules li{margin:.2em 0}.ruta-progress-row{margin-left:.5em;white-space:nowrap}
.ruta-gap th{font-weight:600}.ruta-met td:last-child{color:var(--ruta-good)}.ruta-gap td:last-child{color:var(--ruta-warn)}
.ruta-journey ol{list-style:none;display:flex;flex-wrap:wrap;gap:.5em;padding:0;margin:.3em 0 1em}
.ruta-journey-step{border:2px solid var(--ruta-border);border-radius:8px;padding:.3em .6em;background:var(--ruta-bg)}
.ruta-journey-current{border-color:var(--ruta-accent);box-shadow:0 0 0 2px var(--ruta-accent-bg)}
.ruta-journey-done{background:var(--ruta-panel)}
.ruta-valid{border-color:var(--ruta-good);background:var(--ruta-good-bg)}.ruta-invalid{border-color:var(--ruta-bad);background:var(--ruta-bad-bg)}
.ruta-valid h2,.ruta-valid h3{color:var(--ruta-good)}.ruta-invalid h2,.ruta-invalid h3{color:var(--ruta-bad)}
.ruta-issues{padding-left:1.4em}.ruta-issues li{margin:0 0 .8em}.ruta-issues p{margin:.1em 0}
.ruta code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#eef0f3;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
.ruta-certificate{border:2px solid var(--ruta-accent);background:var(--ruta-bg)}
.ruta-switcher{display:inline-flex;gap:.4em;flex-wrap:wrap}
.ruta-toggle{display:grid;grid-template-columns:auto 1fr;gap:0 .5em;margin:0 0 .5em}.ruta-toggle input{width:1.1em;height:1.1em;margin-top:.25em}.ruta-toggle p{grid-column:2;margin:0}
.ruta-fieldset{border:1px solid #c4c9d0;border-radius:6px}.ruta-radio{display:inline-block;margin-right:1em}
`;
