// One inflection rule set for the cue verbs (util/cue_verbs.h): its forms, and the quote
// stage's cue table and resolve's speech verbs agreeing on every form it gives.
#include "util/cue_verbs.h"

#include <gtest/gtest.h>

#include "quotes/lexicon.h"
#include "resolve/coref.h"
#include "util/lexicon.h"

namespace newsgraph {
namespace {

TEST(CueVerbs, RegularRulesAndListedForms) {
  util::VerbForms argue = util::inflect_cue_verb("argue", "");
  EXPECT_EQ(argue.third, "argues");
  EXPECT_EQ(argue.past, "argued");
  EXPECT_EQ(argue.gerund, "arguing");
  EXPECT_EQ(argue.participle, "argued");
  util::VerbForms deny = util::inflect_cue_verb("deny", "");
  EXPECT_EQ(deny.third, "denies");
  EXPECT_EQ(deny.past, "denied");
  EXPECT_EQ(deny.gerund, "denying");
  util::VerbForms stay = util::inflect_cue_verb("stay", "");
  EXPECT_EQ(stay.third, "stays");
  EXPECT_EQ(stay.past, "stayed");
  EXPECT_EQ(util::inflect_cue_verb("push", "").third, "pushes");
  EXPECT_EQ(util::inflect_cue_verb("fax", "").third, "faxes");
  EXPECT_EQ(util::inflect_cue_verb("discuss", "").third, "discusses");
  EXPECT_FALSE(argue.takes_object);
  EXPECT_FALSE(argue.gerund_listed);

  util::VerbForms tell = util::inflect_cue_verb("tell", "object tells told telling");
  EXPECT_TRUE(tell.takes_object);
  EXPECT_EQ(tell.past, "told");
  EXPECT_EQ(tell.participle, "told");
  EXPECT_TRUE(tell.gerund_listed);
  util::VerbForms speak = util::inflect_cue_verb("speak", "speaks spoke speaking spoken");
  EXPECT_EQ(speak.past, "spoke");
  EXPECT_EQ(speak.participle, "spoken");
  util::VerbForms ask = util::inflect_cue_verb("ask", "object");
  EXPECT_TRUE(ask.takes_object);
  EXPECT_EQ(ask.past, "asked");
  EXPECT_FALSE(ask.gerund_listed);
  EXPECT_FALSE(ask.attitude);
  util::VerbForms back = util::inflect_cue_verb("support", "attitude");
  EXPECT_TRUE(back.attitude);
  EXPECT_FALSE(back.takes_object);
  EXPECT_EQ(back.past, "supported");
}

// Backing and opposing verbs stay stance cues (the other rules read them as cue words) but are
// marked as attitudes, which open no statement; verbs of criticism are not.
TEST(CueVerbs, AttitudeVerbsAreMarkedInTheCueTable) {
  for (const char* w : {"supported", "backs", "endorsing", "opposed", "embraced"}) {
    EXPECT_EQ(quotes::lookup_cue(w).cls, quotes::CueClass::kStance) << w;
    EXPECT_TRUE(quotes::lookup_cue(w).attitude) << w;
  }
  for (const char* w : {"criticized", "praised", "said", "denounced"})
    EXPECT_FALSE(quotes::lookup_cue(w).attitude) << w;
}

// Every finite and participle form of every speech lemma is a speech verb for resolve and a
// speech cue for the quote stage (but the base and third person of a mostly-noun lemma, which
// the quote stage leaves out).
TEST(CueVerbs, QuotesAndResolveReadTheSameForms) {
  const util::Lexicon& speech = util::cue_lemmas(util::CueFile::kSpeech);
  ASSERT_GT(speech.entries().size(), 30u);
  size_t checked = 0;
  for (const auto& [lemma, value] : speech.entries()) {
    const util::VerbForms f = util::inflect_cue_verb(lemma, value);
    for (const std::string& form : {f.past, f.participle}) {
      EXPECT_TRUE(resolve::is_speech_verb(form)) << form;
      EXPECT_EQ(quotes::lookup_cue(form).cls, quotes::CueClass::kSpeech) << form;
      ++checked;
    }
    EXPECT_TRUE(resolve::is_speech_verb(f.third)) << f.third;
    EXPECT_EQ(quotes::lookup_cue(f.gerund).cls, quotes::CueClass::kSpeech) << f.gerund;
    EXPECT_EQ(resolve::is_speech_verb(f.gerund), f.gerund_listed) << f.gerund;
  }
  EXPECT_GT(checked, 60u);
  // The other files' lemmas are cues of their own class, not speech verbs.
  EXPECT_EQ(quotes::lookup_cue("believed").cls, quotes::CueClass::kBelief);
  EXPECT_FALSE(resolve::is_speech_verb("believed"));
}

}  // namespace
}  // namespace newsgraph
