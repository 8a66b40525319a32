//===- ElementsAttrValuesTest.cpp - reading constant values ---------------===//
//
// Shape inference, folding and conversion all read constants through
// x2p/Support/ElementsAttrValues.h; these tests pin how integers widen
// (ONNX's signed types sign-extend, unsigned ones and bool zero-extend) and
// that a blob reads like the dense attribute of the same values.
//
//===----------------------------------------------------------------------===//
#include "x2p/Support/ElementsAttrValues.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace x2p;

namespace {

class ElementsAttrValuesTest : public ::testing::Test {
protected:
  ElementsAttrValuesTest() : builder(&context) {}

  RankedTensorType vector(int64_t n, Type element) {
    return RankedTensorType::get({n}, element);
  }

  template <typename T>
  ElementsAttr blob(RankedTensorType type, ArrayRef<T> data) {
    return DenseResourceElementsAttr::get(
        type, "blob", HeapAsmResourceBlob::allocateAndCopyInferAlign(data));
  }

  MLIRContext context;
  Builder builder;
};

TEST_F(ElementsAttrValuesTest, SignedIntegersSignExtend) {
  auto attr = DenseElementsAttr::get(vector(2, builder.getI64Type()),
                                     ArrayRef<int64_t>{-1, 7});
  EXPECT_EQ(*getIntValues(attr), (SmallVector<int64_t>{-1, 7}));
  auto i8 = DenseElementsAttr::get(vector(1, builder.getI8Type()),
                                   ArrayRef<int8_t>{-128});
  EXPECT_EQ(*getIntValues(i8), (SmallVector<int64_t>{-128}));
}

TEST_F(ElementsAttrValuesTest, UnsignedIntegersAndBoolsZeroExtend) {
  auto u8 = DenseElementsAttr::get(
      vector(1, builder.getIntegerType(8, /*isSigned=*/false)),
      ArrayRef<uint8_t>{255});
  EXPECT_EQ(*getIntValues(u8), (SmallVector<int64_t>{255}));
  auto bools = DenseElementsAttr::get(vector(2, builder.getI1Type()),
                                      ArrayRef<bool>{true, false});
  EXPECT_EQ(*getIntValues(bools), (SmallVector<int64_t>{1, 0}));
}

TEST_F(ElementsAttrValuesTest, BlobsReadLikeDenseAttributes) {
  EXPECT_EQ(*getIntValues(blob(vector(2, builder.getI32Type()),
                               ArrayRef<int32_t>{-5, 9})),
            (SmallVector<int64_t>{-5, 9}));
  EXPECT_EQ(*getIntValues(blob(vector(1, builder.getI64Type()),
                               ArrayRef<int64_t>{int64_t(1) << 40})),
            (SmallVector<int64_t>{int64_t(1) << 40}));
  EXPECT_EQ(*getIntValues(
                blob(vector(1, builder.getIntegerType(32, /*isSigned=*/false)),
                     ArrayRef<uint32_t>{0xffffffffu})),
            (SmallVector<int64_t>{0xffffffffll}));
  EXPECT_EQ(*getFloatValues(blob(vector(2, builder.getF32Type()),
                                 ArrayRef<float>{0.5f, -2.0f})),
            (SmallVector<double>{0.5, -2.0}));
  // A blob shorter than its type says is not read past its end.
  EXPECT_FALSE(getIntValues(
      blob(vector(3, builder.getI64Type()), ArrayRef<int64_t>{1, 2})));
}

TEST_F(ElementsAttrValuesTest, FloatsAndNumbers) {
  auto f16 = DenseElementsAttr::get(
      vector(1, builder.getF16Type()),
      ArrayRef<APFloat>{APFloat(APFloat::IEEEhalf(), "1.5")});
  EXPECT_EQ(*getFloatValues(f16), (SmallVector<double>{1.5}));
  auto ints = DenseElementsAttr::get(vector(2, builder.getI64Type()),
                                     ArrayRef<int64_t>{3, -4});
  EXPECT_FALSE(getFloatValues(ints));
  EXPECT_FALSE(getIntValues(f16));
  EXPECT_EQ(*getNumericValues(ints), (SmallVector<double>{3.0, -4.0}));
  EXPECT_EQ(*getNumericValues(f16), (SmallVector<double>{1.5}));
}

} // namespace
