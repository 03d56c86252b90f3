// What the live view offers the editor: the layer that asks for the figures while it is on, the legend bar under the
// data bar, and the chip under each step's name.
export { LiveLayer } from './LiveLayer';
export { LiveBar } from './LiveBar';
export { LiveStepChip } from './LiveStepChip';
