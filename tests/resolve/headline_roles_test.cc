// A headline's description of the article's main actor (src/resolve/headline_roles.cc), on
// segmented news text with hand-given names.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/resolve.h"
#include "resolve/roles.h"
#include "test_names.h"

namespace newsgraph {
namespace {

using test_names::has;
using test_names::resolved;
using test_names::roles_of;

// "US bank in $515m SEC settlement": the organisation the article is about, the one of its kind
// the lede names and the article mentions most; a mention of it that a statement can use.
TEST(HeadlineRoles, TheMainActorOfTheDescribedKind) {
  Document doc = resolved(
      "US bank in $515m SEC settlement\n\nFive Bank of America units are to pay $515m to settle "
      "charges brought by the SEC. Bank of America said it was pleased. Shares in Bank of "
      "America rose.",
      {{"US", EntityType::kGpe},
       {"SEC", EntityType::kOrg},
       {"Bank of America", EntityType::kOrg},
       {"SEC", EntityType::kOrg},
       {"Bank of America", EntityType::kOrg},
       {"Bank of America", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Bank of America"), "US bank"))
      << ::testing::PrintToString(roles_of(doc, "Bank of America"));
  EXPECT_TRUE(roles_of(doc, "SEC").empty());
}

// The most mentioned one of the kind is no main actor when the headline names it itself ("US bank
// in $515m SEC settlement" in a story that names the SEC most).
TEST(HeadlineRoles, NotTheOneTheHeadlineNames) {
  Document doc = resolved(
      "US bank in $515m SEC settlement\n\nThe SEC said BOA units would pay $515m. The SEC "
      "charged them. The SEC welcomed it.",
      {{"US", EntityType::kGpe},
       {"SEC", EntityType::kOrg},
       {"SEC", EntityType::kOrg},
       {"BOA", EntityType::kOrg},
       {"SEC", EntityType::kOrg},
       {"SEC", EntityType::kOrg}});
  EXPECT_TRUE(roles_of(doc, "SEC").empty()) << ::testing::PrintToString(roles_of(doc, "SEC"));
}

// Not a lone noun ("Judge rejects …"), not a phrase with a verb in it ("Opposition grows to
// house"), and not when one of its kind follows the verb ("Saudi prince mocks Trump": the
// prince is someone else).
TEST(HeadlineRoles, NoLoneNounVerbOrObject) {
  for (const char* headline : {"Judge rejects the request", "Opposition grows to house plan"}) {
    const std::string text = std::string(headline) +
                             "\n\nDonald Trump spoke in Ohio on Monday. Trump said the plan "
                             "was bad. Trump left.";
    Document doc = resolved(text, {{"Donald Trump", EntityType::kPerson},
                                   {"Ohio", EntityType::kGpe},
                                   {"Trump", EntityType::kPerson},
                                   {"Trump", EntityType::kPerson}});
    EXPECT_TRUE(roles_of(doc, "Donald Trump").empty())
        << headline << ": " << ::testing::PrintToString(roles_of(doc, "Donald Trump"));
  }
  Document mocks = resolved(
      "Saudi prince mocks Trump on Twitter\n\nDonald Trump spoke in Ohio on Monday. Trump "
      "said the plan was bad. Trump left.",
      {{"Trump", EntityType::kPerson},
       {"Donald Trump", EntityType::kPerson},
       {"Ohio", EntityType::kGpe},
       {"Trump", EntityType::kPerson},
       {"Trump", EntityType::kPerson}});
  EXPECT_TRUE(roles_of(mocks, "Donald Trump").empty())
      << ::testing::PrintToString(roles_of(mocks, "Donald Trump"));
  const std::string text =
      "Republican senator attacks the plan\n\nDonald Trump spoke in Ohio on Monday. Trump said "
      "the plan was bad. Trump left.";
  Document doc = resolved(text, {{"Republican", EntityType::kOrg},
                                 {"Donald Trump", EntityType::kPerson},
                                 {"Ohio", EntityType::kGpe},
                                 {"Trump", EntityType::kPerson},
                                 {"Trump", EntityType::kPerson}});
  EXPECT_TRUE(has(roles_of(doc, "Donald Trump"), "Republican senator"))
      << ::testing::PrintToString(roles_of(doc, "Donald Trump"));
}

}  // namespace
}  // namespace newsgraph
