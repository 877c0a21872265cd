// The layer declarations of the stages: the pipeline's order satisfies them, and orders that
// read a layer before it is written, or overwrite another stage's layer, are caught.
#include "newsgraph/layers.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

TEST(Layers, PipelineOrderReadsOnlyWhatEarlierStagesWrote) {
  EXPECT_EQ(stage_order_error({kRepairLayers, kSegmentLayers, kNerLayers, kNameCorrectionLayers,
                               kResolveLayers, kQuotesLayers, kRelationsLayers}),
            "");
}

TEST(Layers, QuotesBeforeResolveIsAnError) {
  std::string e =
      stage_order_error({kRepairLayers, kSegmentLayers, kNerLayers, kQuotesLayers, kResolveLayers});
  EXPECT_NE(e.find("quotes reads"), std::string::npos) << e;
}

TEST(Layers, StageOverwritingAnotherStagesLayerIsAnError) {
  constexpr StageLayers kRogue{"rogue", kLayerText, kLayerEntities};
  std::string e =
      stage_order_error({kRepairLayers, kSegmentLayers, kNerLayers, kResolveLayers, kRogue});
  EXPECT_NE(e.find("rogue overwrites"), std::string::npos) << e;
}

}  // namespace
}  // namespace newsgraph
