import * as v from 'valibot';
import { ShortTextSchema } from './fields';

/**
 * Width and collapsed state of the side panel, remembered across pages. The
 * content script asks the background for it and sends it back after every
 * resize, so both ends check it: a width is whole CSS pixels (the host rounds
 * every drag), at least one and no more than the stored setting allows.
 */
export const PanelLayoutSchema = v.strictObject({
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
  collapsed: v.boolean(),
});
export type PanelLayout = v.InferOutput<typeof PanelLayoutSchema>;

/**
 * Where the panel goes: beside the page (the page is narrowed so nothing of
 * it is under the panel) or over it (the page keeps its width).
 */
export const PanelPlacementSchema = v.picklist(['beside', 'over']);
export type PanelPlacement = v.InferOutput<typeof PanelPlacementSchema>;

/** The remembered layout with the teacher's placement: what a new panel opens with. */
export const OpeningLayoutSchema = v.strictObject({
  ...PanelLayoutSchema.entries,
  placement: PanelPlacementSchema,
});
export type OpeningLayout = v.InferOutput<typeof OpeningLayoutSchema>;

/**
 * Where the panel really is on this page, and why not beside it when the
 * teacher asked for that: the page's layout could not be narrowed.
 */
/**
 * Why the page could not be narrowed beside the panel: its content does not
 * get narrower (a fixed minimum width: it would scroll sideways under the
 * panel), or a large part of it is fixed to the window and stays under the
 * panel (an app shell).
 */
const NarrowingProblemSchema = v.picklist(['fixedWidth', 'pinnedToWindow']);
export type NarrowingProblem = v.InferOutput<typeof NarrowingProblemSchema>;

export const PlacementStateSchema = v.strictObject({
  actual: PanelPlacementSchema,
  problem: v.nullable(NarrowingProblemSchema),
});
export type PlacementState = v.InferOutput<typeof PlacementStateSchema>;

/**
 * The host's own accessible labels, in the language the panel is set to. The
 * panel sends them because only it knows the teacher's chosen language; the
 * host shows them as attributes and text, never as markup.
 */
export const HostLabelsSchema = v.strictObject({
  hostRegion: ShortTextSchema,
  hostResize: ShortTextSchema,
  hostExpand: ShortTextSchema,
  hostFrameTitle: ShortTextSchema,
  hostCovered: ShortTextSchema,
});
export type HostLabels = v.InferOutput<typeof HostLabelsSchema>;
