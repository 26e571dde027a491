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
 * The host's own accessible labels, in the language the panel is set to. The
 * panel sends them because only it knows the teacher's chosen language; the
 * host shows them as attributes and text, never as markup.
 */
export const HostLabelsSchema = v.strictObject({
  hostResize: ShortTextSchema,
  hostExpand: ShortTextSchema,
  hostFrameTitle: ShortTextSchema,
  hostCovered: ShortTextSchema,
});
export type HostLabels = v.InferOutput<typeof HostLabelsSchema>;
