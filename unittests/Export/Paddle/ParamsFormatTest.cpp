//===- ParamsFormatTest.cpp - save_combine byte layout --------------------===//
//
// Pins the params byte layout Paddle's load_combine expects, byte by byte,
// and checks the importer's reader against the writer, including every way
// a damaged file must be rejected.
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ParamsWriter.h"

#include "lib/Import/Paddle/ParamsReader.h"

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
  std::string bools = record(
      kBOOL, {3}, DenseElementsAttr::get(i1, ArrayRef<bool>{true, false, true}));
  EXPECT_EQ(bools.substr(bools.size() - 3), std::string("\x01\x00\x01", 3));
}

TEST(ParamsFormatTest, ReaderReadsWhatWriterWrites) {
  MLIRContext context;
  Builder b(&context);
  auto type = RankedTensorType::get({2, 2}, b.getF32Type());
  std::string bytes =
      record(kFP32, {2, 2},
             DenseElementsAttr::get(type, ArrayRef<float>{1, 2, 3, 4})) +
      record(kINT64, {1},
             DenseElementsAttr::get(RankedTensorType::get({1}, b.getI64Type()),
                                    int64_t(-5)));
  paddle_import::ParamsReader reader(bytes);
  paddle_import::ParamsRecord a, c;
  std::string error;
  ASSERT_TRUE(reader.next("a", a, error)) << error;
  EXPECT_EQ(a.dataType, kFP32);
  EXPECT_EQ(a.dims, (SmallVector<int64_t>{2, 2}));
  ASSERT_EQ(a.data.size(), 16u);
  float third;
  memcpy(&third, a.data.data() + 8, 4);
  EXPECT_EQ(third, 3.0f);
  ASSERT_TRUE(reader.next("c", c, error)) << error;
  EXPECT_EQ(c.dataType, kINT64);
  EXPECT_TRUE(reader.atEnd());
  EXPECT_FALSE(reader.next("d", c, error));
  EXPECT_NE(error.find("ends before it"), std::string::npos) << error;
}

TEST(ParamsFormatTest, ReaderRejectsDamage) {
  MLIRContext context;
  Builder b(&context);
  auto type = RankedTensorType::get({4}, b.getF32Type());
  std::string good =
      record(kFP32, {4}, DenseElementsAttr::get(type, ArrayRef<float>{1, 2, 3, 4}));
  auto errorOf = [](std::string bytes) {
    paddle_import::ParamsReader reader(bytes);
    paddle_import::ParamsRecord r;
    std::string error;
    EXPECT_FALSE(reader.next("w", r, error));
    return error;
  };
  // Every truncation point is an error, never a read past the end.
  for (size_t n = 0; n < good.size(); ++n)
    EXPECT_FALSE(errorOf(good.substr(0, n)).empty()) << "truncated at " << n;
  std::string version = good;
  version[0] = 1;
  EXPECT_NE(errorOf(version).find("record version 1"), std::string::npos);
  std::string tensorVersion = good;
  tensorVersion[12] = 2;
  EXPECT_NE(errorOf(tensorVersion).find("tensor version 2"), std::string::npos);
  std::string dtype = good;
  dtype[21] = 32; // FP8_E4M3FN
  EXPECT_NE(errorOf(dtype).find("unsupported data type FP8_E4M3FN"),
            std::string::npos);
}

} // namespace
