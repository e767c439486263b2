/// <reference types="astro/client" />

/** The simulator widgets' custom elements, so components can render them by name. */
type DojoWidgetTag =
  | 'dojo-capacity-split'
  | 'dojo-rolling-player'
  | 'dojo-blue-green'
  | 'dojo-auto-scaling'
  | 'dojo-cost-estimator'
  | 'dojo-scenario';

declare namespace astroHTML.JSX {
  type DojoWidgetElements = { [K in DojoWidgetTag]: HTMLAttributes };
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface IntrinsicElements extends DojoWidgetElements {}
}
