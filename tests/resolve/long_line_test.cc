// Resolution and the whole pipeline on one multi-megabyte line of generated prose (no line
// breaks, tens of thousands of distinct names). Not a timing test: it checks the grouping and the
// spans, but every lookup that went back over all earlier entities or mentions would make it run
// for minutes instead of well under a second, so a quadratic step coming back shows up here.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/ner.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/repair.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

constexpr const char* kSyllables[] = {"ka", "ro",  "mi",  "ten", "dar", "vel",
                                      "so", "lin", "bor", "ga",  "ne",  "tus"};
constexpr size_t kNumSyllables = sizeof(kSyllables) / sizeof(kSyllables[0]);

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// Invented names: 144 first names, 1728 surnames, 20736 company names ("...tron", never a
// surname), so person i and company i are distinct for every i below 20736.
std::string first_name(size_t i) {
  size_t k = (i / 1728 + i) % 144;
  return capitalized(std::string(kSyllables[k % kNumSyllables]) + kSyllables[k / kNumSyllables]);
}
std::string surname(size_t i) {
  size_t k = i % 1728;
  return capitalized(std::string(kSyllables[k % 12]) + kSyllables[(k / 12) % 12] +
                     kSyllables[k / 144]);
}
std::string company(size_t i) {
  return capitalized(std::string(kSyllables[i % 12]) + kSyllables[(i / 12) % 12] +
                     kSyllables[(i / 144) % 12] + kSyllables[(i / 1728) % 12] + "tron");
}

struct Placed {
  Span span;
  EntityType type;
  size_t person = SIZE_MAX;   // which generated person (full or bare name), else SIZE_MAX
  size_t company = SIZE_MAX;  // which generated company, else SIZE_MAX
  bool bare = false;          // a bare surname
};

// One line: for each round and each person i, "F L said the plan would help C Group grow.
// "We expect more," L said. C declined to comment on the talks. " with the names recorded.
struct Generated {
  std::string text;
  std::vector<Placed> names;
};

Generated generate(size_t people, int rounds) {
  Generated g;
  auto put = [&](const std::string& s) { g.text += s; };
  auto name = [&](const std::string& s, Placed p) {
    p.span =
        Span{static_cast<uint32_t>(g.text.size()), static_cast<uint32_t>(g.text.size() + s.size())};
    g.text += s;
    g.names.push_back(p);
  };
  for (int r = 0; r < rounds; ++r) {
    for (size_t i = 0; i < people; ++i) {
      name(first_name(i) + " " + surname(i), {{}, EntityType::kPerson, i, SIZE_MAX, false});
      put(" said the plan would help ");
      name(company(i) + " Group", {{}, EntityType::kOrg, SIZE_MAX, i, false});
      put(" grow. \"We expect more,\" ");
      name(surname(i), {{}, EntityType::kPerson, i, SIZE_MAX, true});
      put(" said. ");
      name(company(i), {{}, EntityType::kOrg, SIZE_MAX, i, false});
      put(" declined to comment on the talks. ");
    }
  }
  return g;
}

bool within(Span s, size_t size) { return s.begin <= s.end && s.end <= size; }

TEST(LongLine, ResolvesTensOfThousandsOfNamesOnOneLine) {
  const size_t kPeople = 16000;
  Generated g = generate(kPeople, 2);
  ASSERT_GT(g.text.size(), size_t(2) << 20);
  ASSERT_EQ(g.text.find('\n'), std::string::npos);
  Document doc("long", g.text);
  doc.text = g.text;
  segment_document(doc);
  ASSERT_GT(doc.sentences.size(), kPeople);
  for (const Placed& p : g.names)
    doc.mentions.push_back(Mention{p.span, p.type, MentionKind::kName, -1});
  correct_name_mentions(doc);
  resolve_entities(doc);

  // The entity of each placed name, found by its span.
  std::unordered_map<uint64_t, int32_t> entity_at;
  for (const Mention& m : doc.mentions) {
    ASSERT_TRUE(within(m.span, doc.text.size()));
    ASSERT_LT(m.entity, static_cast<int32_t>(doc.entities.size()));
    if (m.kind == MentionKind::kName)
      entity_at[(uint64_t(m.span.begin) << 32) | m.span.end] = m.entity;
  }
  std::vector<int32_t> person_entity(kPeople, -1), company_entity(kPeople, -1);
  size_t checked_bare = 0;
  for (const Placed& p : g.names) {
    auto it = entity_at.find((uint64_t(p.span.begin) << 32) | p.span.end);
    ASSERT_NE(it, entity_at.end()) << doc.slice(p.span);
    const int32_t e = it->second;
    ASSERT_GE(e, 0) << doc.slice(p.span);
    if (p.company != SIZE_MAX) {
      // "Kamitentron Group" and "Kamitentron": one company, named by the fuller form.
      int32_t& known = company_entity[p.company];
      if (known < 0) known = e;
      EXPECT_EQ(e, known) << doc.slice(p.span);
      EXPECT_EQ(doc.entities[static_cast<size_t>(e)].name, company(p.company) + " Group");
      continue;
    }
    int32_t& known = person_entity[p.person];
    if (!p.bare) {
      // The same full name in a later sentence is the same person.
      if (known < 0) known = e;
      EXPECT_EQ(e, known) << doc.slice(p.span);
      EXPECT_EQ(doc.entities[static_cast<size_t>(e)].type, EntityType::kPerson);
    } else {
      // A bare surname is the person whose full name came just before it, though six other
      // people share that surname.
      EXPECT_EQ(e, known) << doc.slice(p.span);
      ++checked_bare;
    }
  }
  EXPECT_EQ(checked_bare, 2 * kPeople);
  // Distinct people and companies stay distinct.
  EXPECT_EQ(doc.entities.size(), 2 * kPeople);
  std::vector<bool> seen(doc.entities.size(), false);
  for (int32_t e : person_entity) {
    ASSERT_GE(e, 0);
    EXPECT_FALSE(seen[static_cast<size_t>(e)]);
    seen[static_cast<size_t>(e)] = true;
  }
  for (const Entity& e : doc.entities) {
    EXPECT_EQ(e.mentions.size(), 4u) << e.name;
    for (uint32_t mi : e.mentions) ASSERT_LT(mi, doc.mentions.size());
  }
}

TEST(LongLine, WholePipelineGivesSaneOutputOnAMultiMegabyteLine) {
  try {
    ner::Tagger::load(test_support::source_models_dir() + "/ner.bin");
  } catch (const std::exception& e) {
    GTEST_SKIP() << "NER model unusable (" << e.what() << "); pipeline test skipped";
  }
  Generated g = generate(9000, 2);
  ASSERT_GT(g.text.size(), size_t(2) << 20);
  Document doc("long", g.text);
  test_support::process(doc);
  const size_t n = doc.text.size();
  EXPECT_GT(doc.sentences.size(), 9000u);
  ASSERT_FALSE(doc.mentions.empty());
  size_t named = 0;
  for (const Entity& e : doc.entities) named += !e.mentions.empty();
  EXPECT_GT(named, 1000u);
  EXPECT_GT(doc.quotes.size(), 9000u);
  for (const Mention& m : doc.mentions) {
    ASSERT_TRUE(within(m.span, n));
    ASSERT_LT(m.entity, static_cast<int32_t>(doc.entities.size()));
    ASSERT_TRUE(within(doc.to_input(m.span), doc.input.size()));
  }
  for (const Quote& q : doc.quotes) {
    ASSERT_TRUE(within(q.content, n));
    ASSERT_TRUE(within(q.cue, n));
    ASSERT_TRUE(within(q.speaker_mention, n));
    ASSERT_LT(q.speaker, static_cast<int32_t>(doc.entities.size()));
  }
  // Most quotes are "We expect more," with a source named.
  size_t expect_more = 0, with_speaker = 0;
  for (const Quote& q : doc.quotes) {
    if (doc.slice(q.content).find("We expect more") == std::string_view::npos) continue;
    ++expect_more;
    with_speaker += q.speaker >= 0;
  }
  EXPECT_GT(expect_more, 9000u);
  EXPECT_GT(with_speaker, expect_more / 2);
}

TEST(LongLine, RepairsOnAMultiMegabyteLineStayTheirOwnEdits) {
  // "&amp;" every 110 bytes or so over 3 MB with no line break: each is repaired by an edit of
  // its own, so a word after the last of them still maps to its own input bytes.
  std::string line;
  line.reserve((size_t(3) << 20) + 256);
  for (size_t i = 0; line.size() < (size_t(3) << 20); ++i)
    line += "Salt &amp; pepper " + surname(i) +
            " said the market would open higher. Traders expected a quiet day. ";
  Document doc("long", line);
  repair_document(doc);
  EXPECT_EQ(doc.text.find("&amp;"), std::string::npos);
  ASSERT_GT(doc.edits.size(), 25000u);
  for (const Edit& e : doc.edits) {
    // "&amp;" -> "&": the edit is the deleted "amp;" (or the whole entity).
    ASSERT_LE(e.input.end - e.input.begin, 5u) << e.input.begin;
    ASSERT_EQ(std::string_view(doc.input).substr(e.input.end - 1, 1), ";") << e.input.begin;
  }
  const size_t last = doc.text.rfind("pepper");
  ASSERT_NE(last, std::string::npos);
  Span in = doc.to_input(Span{static_cast<uint32_t>(last), static_cast<uint32_t>(last + 6)});
  EXPECT_EQ(std::string_view(doc.input).substr(in.begin, in.end - in.begin), "pepper");
  EXPECT_EQ(in.begin, line.rfind("pepper"));
}

}  // namespace
}  // namespace newsgraph
