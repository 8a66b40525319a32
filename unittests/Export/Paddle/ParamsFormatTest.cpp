//===- ParamsFormatTest.cpp - save_combine byte layout --------------------===//
//
// Pins the params byte layout Paddle's load_combine expects, byte by byte
// (the importer's reader is held against this writer in
// unittests/Import/Paddle/ParamsReaderTest.cpp).
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ParamsWriter.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace x2p;

namespace {

constexpr int kFP32 = 5, kINT64 = 3, kBOOL = 0;

std::string record(int varType, ArrayRef<int64_t> dims, ElementsAttr data) {
  std::string bytes;
  llvm::raw_string_ostream os(bytes);
  paddle_export::writeRecordHeader(os, varType, dims);
  std::string error;
  EXPECT_TRUE(succeeded(paddle_export::writeTensorData(os, data, error)))
      << error;
  return bytes;
}

TEST(ParamsFormatTest, RecordLayoutIsPaddles) {
  MLIRContext context;
  Builder b(&context);
  auto type = RankedTensorType::get({2}, b.getF32Type());
  std::string bytes =
      record(kFP32, {2}, DenseElementsAttr::get(type, ArrayRef<float>{1, -2}));
  // uint32 version 0, uint64 lod_level 0, uint32 tensor version 0.
  std::string header(16, '\0');
  EXPECT_EQ(bytes.substr(0, 16), header);
  // int32 size of the TensorDesc {data_type: FP32 (field 1), dims: [2]
  // (field 2, packed)}, then its bytes.
  const char desc[] = {0x08, 0x05, 0x10, 0x02};
  EXPECT_EQ(bytes.substr(16, 4), std::string("\x04\0\0\0", 4));
  EXPECT_EQ(bytes.substr(20, 4), std::string(desc, 4));
  // Raw little-endian float32 data.
  const char data[] = {0, 0, '\x80', '\x3f', 0, 0, 0, '\xc0'};
  EXPECT_EQ(bytes.substr(24), std::string(data, 8));
}

TEST(ParamsFormatTest, SplatsAndBooleansAreExpanded) {
  MLIRContext context;
  Builder b(&context);
  auto i64 = RankedTensorType::get({3, 2}, b.getI64Type());
  std::string splat =
      record(kINT64, {3, 2}, DenseElementsAttr::get(i64, int64_t(7)));
  std::string data = splat.substr(splat.size() - 48);
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(data.substr(8 * i, 8), std::string("\x07\0\0\0\0\0\0\0", 8));

  auto i1 = RankedTensorType::get({3}, b.getI1Type());
  std::string bools =
      record(kBOOL, {3},
             DenseElementsAttr::get(i1, ArrayRef<bool>{true, false, true}));
  EXPECT_EQ(bools.substr(bools.size() - 3), std::string("\x01\x00\x01", 3));
}

} // namespace
