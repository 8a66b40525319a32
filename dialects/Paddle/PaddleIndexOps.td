//===- PaddleIndexOps.td - index-driven paddle ops ---------*- tablegen -*-===//
//
// Ops that select or place elements by index tensors (scatters, where_index,
// tril_triu, one_hot, ...) beyond the gathers and slices of
// PaddleShapeOps.td: kept apart because the ONNX conversion of indexing ops
// grows them independently of the reshaping ops.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_INDEX_OPS_TD
#define X2P_DIALECT_PADDLE_INDEX_OPS_TD

#endif // X2P_DIALECT_PADDLE_INDEX_OPS_TD
