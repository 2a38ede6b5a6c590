/** The store primitives' reference model, a whole store built from it, and the primitives' suite. */

export { modelBookingStore } from './model-booking-store';
export { type ModelStore, modelPrimitivesOver, modelStore } from './model-store';
export { type ModelDelivery, type ModelMessage, type ModelTables, modelKeyOf } from './model-tables';
export { primitivesConformanceSuite } from './primitives-suite';
export { type PrimitivesConformanceOptions, type PrimitivesHarness, transactingHarness } from './suite-types';
