//===- OpTableTest.cpp - the generated OpDesc slot table ------------------===//
//
// The exporter and importer are one loop over this table, generated from
// the paddle dialect's ODS: every entry must be a dialect op, every lookup
// must find it (the lookups binary-search the table), and groupBySlot must
// split operands into OpDesc slots exactly as ODS segments them.
//
//===----------------------------------------------------------------------===//
#include "x2p/ProgramDesc/OpTable.h"

#include "x2p/Dialect/Paddle/PaddleDialect.h"

#include "mlir/IR/Block.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "gtest/gtest.h"

#include <set>
#include <string>

using namespace mlir;
using namespace x2p::programdesc;

namespace {

TEST(OpTableTest, SortedAndEveryEntryFound) {
  ArrayRef<OpInfo> ops = allOps();
  ASSERT_GT(ops.size(), 100u);
  for (size_t i = 0; i < ops.size(); ++i) {
    const OpInfo &op = ops[i];
    SCOPED_TRACE(op.type);
    if (i > 0) {
      EXPECT_LT(StringRef(ops[i - 1].type), StringRef(op.type));
    }
    EXPECT_EQ(lookupByPaddleType(op.type), &op);
    EXPECT_EQ(std::string(op.mlirName), std::string("paddle.") + op.type);
    EXPECT_EQ(lookupByMLIRName(op.mlirName), &op);
  }
  EXPECT_EQ(lookupByPaddleType("no_such_op"), nullptr);
  EXPECT_EQ(lookupByPaddleType(""), nullptr);
  // The MLIR name needs the dialect prefix; onnx ops are not Paddle's.
  EXPECT_EQ(lookupByMLIRName("matmul_v2"), nullptr);
  EXPECT_EQ(lookupByMLIRName("onnx.MatMul"), nullptr);
}

TEST(OpTableTest, EveryEntryIsADialectOp) {
  MLIRContext context;
  context.loadDialect<x2p::Paddle::PaddleDialect>();
  std::set<std::string> registered;
  for (RegisteredOperationName name : context.getRegisteredOperations())
    if (name.getDialectNamespace() == "paddle")
      registered.insert(name.getStringRef().str());
  for (const OpInfo &op : allOps())
    EXPECT_TRUE(registered.count(op.mlirName)) << op.mlirName;
  // The dialect's ops that are no OpDesc (parameters become persistable
  // vars, not ops) are the only ones left out.
  std::set<std::string> inTable;
  for (const OpInfo &op : allOps())
    inTable.insert(op.mlirName);
  std::set<std::string> leftOut;
  for (const std::string &name : registered)
    if (!inTable.count(name))
      leftOut.insert(name);
  EXPECT_EQ(leftOut, (std::set<std::string>{"paddle.parameter"}));
}

TEST(OpTableTest, SlotsAndAttributesAreODSs) {
  const OpInfo *matmul = lookupByPaddleType("matmul_v2");
  ASSERT_TRUE(matmul);
  ASSERT_EQ(matmul->inputs.size(), 2u);
  EXPECT_STREQ(matmul->inputs[0].name, "X");
  EXPECT_STREQ(matmul->inputs[1].name, "Y");
  ASSERT_EQ(matmul->outputs.size(), 1u);
  EXPECT_STREQ(matmul->outputs[0].name, "Out");
  ASSERT_EQ(matmul->attrs.size(), 2u);
  EXPECT_STREQ(matmul->attrs[0].name, "trans_x");
  EXPECT_EQ(matmul->attrs[0].type, AttrType::Boolean);

  const OpInfo *reshape = lookupByPaddleType("reshape2");
  ASSERT_TRUE(reshape);
  ASSERT_EQ(reshape->inputs.size(), 3u);
  EXPECT_EQ(reshape->inputs[1].kind, SlotKind::Optional);
  EXPECT_EQ(reshape->inputs[2].kind, SlotKind::Variadic);
  ASSERT_EQ(reshape->outputs.size(), 2u);
  EXPECT_STREQ(reshape->outputs[1].name, "XShape");
  ASSERT_EQ(reshape->attrs.size(), 1u);
  EXPECT_EQ(reshape->attrs[0].type, AttrType::Ints);

  // batch_norm updates its running statistics in place.
  const OpInfo *bn = lookupByPaddleType("batch_norm");
  ASSERT_TRUE(bn);
  ASSERT_EQ(bn->inplace.size(), 2u);
  EXPECT_STREQ(bn->inplace[0].output, "MeanOut");
  EXPECT_STREQ(bn->inplace[0].input, "Mean");
}

class GroupBySlotTest : public ::testing::Test {
protected:
  GroupBySlotTest() {
    Type type = Builder(&context).getF32Type();
    for (int i = 0; i < 4; ++i)
      block.addArgument(type, UnknownLoc::get(&context));
  }
  ValueRange values(unsigned n) { return block.getArguments().take_front(n); }

  MLIRContext context;
  Block block;
  SmallVector<ValueRange> groups;
};

constexpr SlotInfo kConcat[] = {{"X", SlotKind::Variadic},
                                {"AxisTensor", SlotKind::Optional}};
constexpr SlotInfo kMatmul[] = {{"X", SlotKind::Single},
                                {"Y", SlotKind::Single}};
constexpr SlotInfo kVariadicLast[] = {{"X", SlotKind::Single},
                                      {"Rest", SlotKind::Variadic}};

TEST_F(GroupBySlotTest, SegmentSizesSplitTheValues) {
  int32_t sizes[] = {3, 1};
  ASSERT_TRUE(succeeded(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(sizes), groups)));
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0], values(4).take_front(3));
  EXPECT_EQ(groups[1], values(4).drop_front(3));

  int32_t absent[] = {4, 0}; // an Optional slot left empty
  ASSERT_TRUE(succeeded(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(absent), groups)));
  EXPECT_EQ(groups[0].size(), 4u);
  EXPECT_TRUE(groups[1].empty());
}

TEST_F(GroupBySlotTest, SegmentSizesMustMatch) {
  int32_t tooFew[] = {2, 1};
  EXPECT_TRUE(failed(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(tooFew), groups)));
  int32_t tooMany[] = {4, 1};
  EXPECT_TRUE(failed(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(tooMany), groups)));
  int32_t oneSlot[] = {4};
  EXPECT_TRUE(failed(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(oneSlot), groups)));
  int32_t negative[] = {5, -1};
  EXPECT_TRUE(failed(
      groupBySlot(values(4), kConcat, ArrayRef<int32_t>(negative), groups)));
}

TEST_F(GroupBySlotTest, WithoutSegmentSizesOneSlotTakesTheRest) {
  ASSERT_TRUE(succeeded(groupBySlot(values(2), kMatmul, std::nullopt, groups)));
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].front(), block.getArgument(0));
  EXPECT_EQ(groups[1].front(), block.getArgument(1));
  EXPECT_TRUE(failed(groupBySlot(values(3), kMatmul, std::nullopt, groups)));
  EXPECT_TRUE(failed(groupBySlot(values(1), kMatmul, std::nullopt, groups)));

  ASSERT_TRUE(
      succeeded(groupBySlot(values(4), kVariadicLast, std::nullopt, groups)));
  EXPECT_EQ(groups[0].size(), 1u);
  EXPECT_EQ(groups[1], values(4).drop_front());
  ASSERT_TRUE(
      succeeded(groupBySlot(values(1), kVariadicLast, std::nullopt, groups)));
  EXPECT_TRUE(groups[1].empty());
  EXPECT_TRUE(
      failed(groupBySlot(values(0), kVariadicLast, std::nullopt, groups)));

  // Two slots of open size need segment sizes.
  EXPECT_TRUE(failed(groupBySlot(values(2), kConcat, std::nullopt, groups)));
}

} // namespace
