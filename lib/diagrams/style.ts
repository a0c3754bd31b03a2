/**
 * Node styles shared by the diagrams. Node fills are light and their text
 * dark in both colour schemes, so contrast holds whether Mermaid draws its
 * light or its dark theme. Group boxes are only tinted, so their titles and
 * the lines crossing them take the theme's colours and stay visible on a dark
 * slide. Meaning is carried by text and line style too, never by colour alone
 * (planned stages are dashed and say so, deferred links are dotted).
 */
export const DIAGRAM_CLASSES: Record<string, string> = {
  org: 'fill:#eef2f7,stroke:#475569,color:#111827',
  orgGroup: 'fill:#64748b14,stroke:#64748b',
  support: 'fill:#dbeafe,stroke:#1d4ed8,color:#0b1f44,stroke-width:2px',
  team: 'fill:#ffffff,stroke:#334155,color:#111827',
  teamGroup: 'fill:#64748b1f,stroke:#64748b',
  deferredGroup: 'fill:#f59e0b26,stroke:#b45309,stroke-dasharray:6 4',
  condition: 'fill:#fef9c3,stroke:#a16207,color:#3b2203',
  stage: 'fill:#dbeafe,stroke:#1d4ed8,color:#0b1f44,stroke-width:2px',
  planned: 'fill:#ffffff,stroke:#475569,color:#111827,stroke-dasharray:6 4',
  out: 'fill:#fee2e2,stroke:#b91c1c,color:#450a0a',
  joined: 'fill:#dcfce7,stroke:#15803d,color:#052e16',
  core: 'fill:#1d4ed8,stroke:#1e3a8a,color:#ffffff,stroke-width:2px',
  part: 'fill:#ffffff,stroke:#334155,color:#111827',
  strategy: 'fill:#dcfce7,stroke:#15803d,color:#052e16',
  groupToday: 'fill:#64748b1f,stroke:#64748b',
  // The record's marks on the essay's parts: frame weight and dashes differ as well as colour.
  markYes: 'fill:#dcfce7,stroke:#15803d,color:#052e16,stroke-width:3px',
  markPartly: 'fill:#fef9c3,stroke:#a16207,color:#3b2203,stroke-width:1px',
  markNone: 'fill:#ffffff,stroke:#475569,color:#111827,stroke-dasharray:6 4',
  groupProposed: 'fill:#22c55e14,stroke:#16a34a',
}

/** Columns of the race: boxes without a frame, only there to stack a stage over its leavers. */
DIAGRAM_CLASSES.column = 'fill:none,stroke:none'
