//===- Families.h - the pattern families of onnx → paddle -------*- C++ -*-===//
//
// One populate function per file of patterns, each adding that file's
// patterns and no other family's; populateONNXToPaddlePatterns
// (ONNXToPaddle.cpp) calls them all, in this order, so that this list is
// the whole conversion. Patterns of equal benefit for one op are tried in
// the order they were added.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_FAMILIES_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_FAMILIES_H

#include "Patterns.h"

namespace x2p::onnx_to_paddle {

/// Constants.cpp: onnx.Constant as paddle.parameter.
void populateConstantPatterns(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns,
                              Failures &failures);
/// Elementwise.cpp: binary arithmetic, comparisons, Max/Min/Sum/Mean.
void populateElementwisePatterns(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns,
                                 Failures &failures);
/// UnaryMath.cpp: one-input math (Sin, Exp, Relu, Neg, IsInf, ...).
void populateUnaryMathPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns,
                               Failures &failures);
/// Arithmetic.cpp: Mod, Pow, BitShift, bitwise And/Or/Xor.
void populateArithmeticPatterns(const mlir::TypeConverter &converter,
                                mlir::RewritePatternSet &patterns,
                                Failures &failures);
/// Quantize.cpp: QuantizeLinear, DequantizeLinear, MatMulInteger,
/// QLinearMatMul.
void populateQuantizePatterns(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns,
                              Failures &failures);
/// MatMul.cpp: MatMul, Gemm, Einsum.
void populateMatMulPatterns(const mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns,
                            Failures &failures);
/// NN.cpp: Softmax, LogSoftmax, Clip, Shrink, PRelu, Hardmax.
void populateNNPatterns(const mlir::TypeConverter &converter,
                        mlir::RewritePatternSet &patterns, Failures &failures);
/// Activations.cpp: LeakyRelu, Elu, HardSigmoid, HardSwish, Selu, Celu,
/// ThresholdedRelu, Softsign, Mish, Gelu.
void populateActivationPatterns(const mlir::TypeConverter &converter,
                                mlir::RewritePatternSet &patterns,
                                Failures &failures);
/// Shape.cpp: Reshape, Shape, Size, Transpose, Concat, Flatten, Squeeze,
/// Unsqueeze, Gather.
void populateShapePatterns(const mlir::TypeConverter &converter,
                           mlir::RewritePatternSet &patterns,
                           Failures &failures);
/// ShapeBroadcast.cpp: Expand, Tile.
void populateShapeBroadcastPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns,
                                    Failures &failures);
/// ShapeCreate.cpp: ConstantOfShape, Range, Cast, CastLike, Identity, Dropout.
void populateShapeCreatePatterns(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns,
                                 Failures &failures);
/// ShapeDepthSpace.cpp: DepthToSpace, SpaceToDepth.
void populateShapeDepthSpacePatterns(const mlir::TypeConverter &converter,
                                     mlir::RewritePatternSet &patterns,
                                     Failures &failures);
/// Reduction.cpp: the Reduce* ops.
void populateReductionPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns,
                               Failures &failures);
/// Norm.cpp: BatchNorm, InstanceNorm, LayerNorm, GroupNorm, LpNormalization,
/// LRN.
void populateNormPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns,
                          Failures &failures);
/// Resize.cpp: Resize, Upsample, GridSample.
void populateResizePatterns(const mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns,
                            Failures &failures);
/// Conv.cpp: Conv, ConvTranspose.
void populateConvPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns,
                          Failures &failures);
/// Pool.cpp: MaxPool, AveragePool, LpPool, the global pools.
void populatePoolPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns,
                          Failures &failures);
/// Indexing.cpp: Slice, Split, Where, Gather/ScatterElements, GatherND,
/// ScatterND.
void populateIndexingPatterns(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns,
                              Failures &failures);
/// IndexingSelect.cpp: NonZero, Trilu, Compress, ReverseSequence.
void populateIndexingSelectPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns,
                                    Failures &failures);
/// IndexingSort.cpp: TopK, ArgMax, ArgMin, OneHot, CumSum, CumProd.
void populateIndexingSortPatterns(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns,
                                  Failures &failures);
/// Pad.cpp: Pad.
void populatePadPatterns(const mlir::TypeConverter &converter,
                         mlir::RewritePatternSet &patterns, Failures &failures);
/// Attention.cpp: Attention.
void populateAttentionPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns,
                               Failures &failures);
/// AttentionBlocks.cpp: RMSNormalization, RotaryEmbedding.
void populateAttentionBlockPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns,
                                    Failures &failures);
/// Microsoft.cpp: com.microsoft FastGelu, BiasGelu, Gelu, QuickGelu,
/// BiasAdd, SkipLayerNormalization, SkipSimplifiedLayerNormalization.
void populateMicrosoftPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns,
                               Failures &failures);
/// MicrosoftAttention.cpp: com.microsoft Attention, EmbedLayerNormalization.
void populateMicrosoftAttentionPatterns(const mlir::TypeConverter &converter,
                                        mlir::RewritePatternSet &patterns,
                                        Failures &failures);
/// Loss.cpp: NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss.
void populateLossPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns,
                          Failures &failures);

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_FAMILIES_H
