// The corpus store on real SQLite files: idempotent Put, replacement, actor linking (namesakes
// apart, bare surnames, aliases), corrections that survive rebuild and re-ingest, and the
// engine end to end through ExtractArticle.
#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/extracted.h"
#include "store/ingest.h"
#include "store/names.h"
#include "store/store_fixture.h"
#include "store/to_json.h"
#include "test_pipeline.h"

namespace newsgraph::store {
namespace {

class StoreTest : public StoreFixture {
 protected:
  void SetUp() override { OpenFreshStore("store_test"); }
};

TEST_F(StoreTest, SameBytesChangeNothingOtherBytesReplace) {
  auto a = Make("x1", "Tony Blair spoke in London.",
                {{P, "Tony Blair", {"Tony Blair"}}, {G, "London", {"London"}}});
  EXPECT_EQ(Put(a), PutResult::kAdded);
  EXPECT_EQ(Put(a), PutResult::kUnchanged);
  EXPECT_EQ(Count("articles"), 1);
  EXPECT_EQ(Count("actors"), 2);
  auto b = Make("x1", "Gordon Brown spoke in Leeds.",
                {{P, "Gordon Brown", {"Gordon Brown"}}, {G, "Leeds", {"Leeds"}}});
  EXPECT_EQ(Put(b), PutResult::kReplaced);
  EXPECT_EQ(Count("articles"), 1);
  EXPECT_EQ(Count("entities"), 2);
  EXPECT_EQ(Count("actors"), 2);  // Blair and London went with the old text
  std::vector<ActorSummary> found;
  ASSERT_TRUE(store_->FindActors("blair", "", 10, &found).ok());
  EXPECT_TRUE(found.empty());
  ASSERT_TRUE(store_->FindActors("Brown", "", 10, &found).ok());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Gordon Brown");
}

TEST_F(StoreTest, NamesakesStayApartAndBareSurnamesJoinTheirPerson) {
  Put(Make("a1", "Hillary Clinton spoke. Clinton said more.",
           {{P, "Hillary Clinton", {"Hillary Clinton", "Clinton"}}}));
  Put(Make("a2", "Bill Clinton spoke in Harlem.", {{P, "Bill Clinton", {"Bill Clinton"}}}));
  Put(Make("a3", "Former President Bill Clinton, then Hillary Clinton.",
           {{P, "Bill Clinton", {"Bill Clinton"}}, {P, "Hillary Clinton", {"Hillary Clinton"}}}));
  Put(Make("a4", "George W. Bush and George H. W. Bush and Jeb Bush.",
           {{P, "George W. Bush", {"George W. Bush"}},
            {P, "George H. W. Bush", {"George H. W. Bush"}},
            {P, "Jeb Bush", {"Jeb Bush"}}}));
  Put(Make("a5", "Mrs Clinton and Mr Trump. Donald Trump Jr. too.",
           {{P, "Mrs Clinton", {"Mrs Clinton"}}, {P, "Donald Trump Jr.", {"Donald Trump Jr."}}}));
  Put(Make("a6", "Donald Trump spoke.", {{P, "Donald Trump", {"Donald Trump"}}}));
  EXPECT_NE(ActorOf("a1", "Hillary Clinton"), ActorOf("a2", "Bill Clinton"));
  EXPECT_EQ(ActorOf("a1", "Hillary Clinton"), ActorOf("a3", "Hillary Clinton"));
  EXPECT_EQ(ActorOf("a2", "Bill Clinton"), ActorOf("a3", "Bill Clinton"));
  EXPECT_NE(ActorOf("a4", "George W. Bush"), ActorOf("a4", "George H. W. Bush"));
  EXPECT_NE(ActorOf("a4", "Jeb Bush"), ActorOf("a4", "George W. Bush"));
  EXPECT_NE(ActorOf("a5", "Donald Trump Jr."), ActorOf("a6", "Donald Trump"));
  // "Mrs Clinton" alone: two Clintons known, neither dominates, so it is not guessed.
  EXPECT_NE(ActorOf("a5", "Mrs Clinton"), ActorOf("a2", "Bill Clinton"));
  EXPECT_NE(ActorOf("a5", "Mrs Clinton"), ActorOf("a1", "Hillary Clinton"));
}

// A surname of two words, alone, is not a given name and a surname: "Kilroy-Silk" and "Duncan
// Smith" are the people the full names name (a weaker match, so from the same source); a
// different given name before one surname still tells two people apart.
TEST_F(StoreTest, ATwoWordSurnameAloneIsThePersonItEnds) {
  Put(Make("c1", "Robert Kilroy-Silk and Iain Duncan Smith spoke.",
           {{P, "Robert Kilroy-Silk", {"Robert Kilroy-Silk"}},
            {P, "Iain Duncan Smith", {"Iain Duncan Smith"}}}));
  Put(Make("c2", "Kilroy-Silk left. Duncan Smith stayed. Alan Smith came.",
           {{P, "Kilroy-Silk", {"Kilroy-Silk"}},
            {P, "Duncan Smith", {"Duncan Smith"}},
            {P, "Alan Smith", {"Alan Smith"}}}));
  EXPECT_EQ(ActorOf("c2", "Kilroy-Silk"), ActorOf("c1", "Robert Kilroy-Silk"));
  EXPECT_EQ(ActorOf("c2", "Duncan Smith"), ActorOf("c1", "Iain Duncan Smith"));
  EXPECT_NE(ActorOf("c2", "Alan Smith"), ActorOf("c1", "Iain Duncan Smith"));
  Put(Make("c3", "Peter Bowes-Lyon spoke.", {{P, "Peter Bowes-Lyon", {"Peter Bowes-Lyon"}}}));
  Put(Make("c4", "Bowes-Lyon wrote.", {{P, "Bowes-Lyon", {"Bowes-Lyon"}}}, "other wire"));
  EXPECT_NE(ActorOf("c4", "Bowes-Lyon"), ActorOf("c3", "Peter Bowes-Lyon"));
}

TEST_F(StoreTest, BareSurnameJoinsThePersonTheArticleIntroduces) {
  Put(Make("b1", "Emomali Rahmon arrived. Rahmon said the talks went well.",
           {{P, "Emomali Rahmon", {"Emomali Rahmon"}}, {P, "Rahmon", {"Rahmon said"}}}));
  std::string full = ActorOf("b1", "Emomali Rahmon");
  ASSERT_FALSE(full.empty());
  std::vector<LinkReason> why;
  ASSERT_TRUE(store_->Explain(full, &why).ok());
  ASSERT_EQ(why.size(), 2u);
  EXPECT_EQ(why[1].rule, "surname-in-article");
}

TEST_F(StoreTest, ANameThatFitsTwoRelativesNeedsTheSameSource) {
  Put(Make("c1", "George Bush spoke. George W Bush said more.",
           {{P, "George W Bush", {"George Bush", "George W Bush"}}}, "bbc"));
  Put(Make("c2", "George H.W. Bush endorsed him.", {{P, "George H.W. Bush", {"George H.W. Bush"}}},
           "polnear"));
  Put(Make("c3", "George Bush visited London.", {{P, "George Bush", {"George Bush"}}}, "bbc"));
  Put(Make("c4", "Vice President George Bush met the Emir.", {{P, "George Bush", {"George Bush"}}},
           "reuters"));
  Put(Make("c5", "George Bush met the King.", {{P, "George Bush", {"George Bush"}}}, "reuters"));
  const std::string w = ActorOf("c1", "George W Bush");
  EXPECT_EQ(ActorOf("c3", "George Bush"), w);  // same source as the W. form
  EXPECT_NE(ActorOf("c4", "George Bush"), w);  // W. or H. W.? Another source cannot say
  EXPECT_NE(ActorOf("c4", "George Bush"), ActorOf("c2", "George H.W. Bush"));
  EXPECT_EQ(ActorOf("c5", "George Bush"), ActorOf("c4", "George Bush"));
}

TEST_F(StoreTest, ATitledSurnameResolveKeptApartIsAnotherPerson) {
  Put(Make("d1", "Michael Howard spoke.", {{P, "Michael Howard", {"Michael Howard"}}}));
  Put(Make("d2", "Michael Howard's wife: Mrs Howard will campaign.",
           {{P, "Michael Howard", {"Michael Howard"}}, {P, "Mrs Howard", {"Mrs Howard"}}}));
  EXPECT_EQ(ActorOf("d2", "Michael Howard"), ActorOf("d1", "Michael Howard"));
  EXPECT_NE(ActorOf("d2", "Mrs Howard"), ActorOf("d2", "Michael Howard"));
}

TEST_F(StoreTest, PartyShortNamesAreTheParty) {
  Put(Make("g1", "Republicans met.", {{O, "Republicans", {"Republicans"}}}));
  Put(Make("g2", "The GOP met.", {{O, "GOP", {"GOP"}}}));
  EXPECT_EQ(ActorOf("g2", "GOP"), ActorOf("g1", "Republicans"));
  Put(Make("g3", "The Liberal Democrats met.", {{O, "Liberal Democrats", {"Liberal Democrats"}}}));
  Put(Make("g4", "The Lib Dems met.", {{O, "Lib Dems", {"Lib Dems"}}}));
  EXPECT_EQ(ActorOf("g4", "Lib Dems"), ActorOf("g3", "Liberal Democrats"));
  EXPECT_NE(ActorOf("g4", "Lib Dems"), ActorOf("g1", "Republicans"));
  Put(Make("g5", "The House of Commons voted.", {{O, "House of Commons", {"House of Commons"}}}));
  Put(Make("g6", "MPs in the Commons voted.", {{O, "Commons", {"Commons"}}}));
  EXPECT_EQ(ActorOf("g6", "Commons"), ActorOf("g5", "House of Commons"));
}

// Another connection's passive checkpoint of the store at `path` copies every frame of its log.
void ExpectPassiveCheckpointCopiesTheWholeLog(const std::string& path) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  int log = -1, copied = -1;
  EXPECT_EQ(sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &copied),
            SQLITE_OK);
  sqlite3_close(db);
  EXPECT_GT(log, 0);
  EXPECT_EQ(copied, log);
}

// Once a batch is committed, another connection can copy the whole log into the file: no
// statement of the writer keeps an old snapshot open ("J. Quarrell" reads the actor's sources).
TEST_F(StoreTest, ACommittedBatchLeavesTheWholeLogToCheckpoint) {
  ASSERT_TRUE(store_->Begin().ok());
  Put(Make("w1", "John Quarrell spoke.", {{P, "John Quarrell", {"John Quarrell"}}}));
  Put(Make("w2", "J. Quarrell spoke.", {{P, "J. Quarrell", {"J. Quarrell"}}}));
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(ActorOf("w2", "J. Quarrell"), ActorOf("w1", "John Quarrell"));
  ExpectPassiveCheckpointCopiesTheWholeLog(path_);
}

// A reader that has answered (here, an article and an actor) keeps no snapshot: what the writer
// commits next can be copied into the file whole.
TEST_F(StoreTest, AReaderThatAnsweredLeavesTheWholeLogToCheckpoint) {
  Put(Make("r1", "John Quarrell spoke.", {{P, "John Quarrell", {"John Quarrell"}}}));
  Options ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader;
  ASSERT_TRUE(Store::Open(path_, ro, &reader).ok());
  ArticleView view;
  ASSERT_TRUE(reader->GetArticle("r1", &view).ok());
  ActorDetail detail;
  ASSERT_TRUE(reader->GetActor("John Quarrell", 5, &detail).ok());
  Put(Make("r2", "Quarrell Holdings rose.", {{O, "Quarrell Holdings", {"Quarrell Holdings"}}}));
  ExpectPassiveCheckpointCopiesTheWholeLog(path_);
}

TEST_F(StoreTest, PlaceAndOrganisationAliasesMerge) {
  Put(Make("c1", "The US and the UN.", {{G, "US", {"US"}}, {O, "UN", {"UN"}}}));
  Put(Make("c2", "The U.S. and the United Nations.",
           {{G, "U.S.", {"U.S."}}, {O, "United Nations", {"United Nations"}}}));
  Put(Make("c3", "America and the Labour Party.",
           {{G, "America", {"America"}}, {O, "the Labour Party", {"Labour Party"}}}));
  Put(Make("c4", "The United States and Labour.",
           {{G, "United States", {"United States"}}, {O, "Labour", {"Labour"}}}));
  EXPECT_EQ(ActorOf("c1", "US"), ActorOf("c2", "U.S."));
  EXPECT_EQ(ActorOf("c1", "US"), ActorOf("c3", "America"));
  EXPECT_EQ(ActorOf("c1", "US"), ActorOf("c4", "United States"));
  EXPECT_EQ(ActorOf("c1", "UN"), ActorOf("c2", "United Nations"));
  EXPECT_EQ(ActorOf("c3", "Labour Party"), ActorOf("c4", "Labour"));
}

// An acronym joins the organisation it abbreviates, in either order; two organisations with the
// same initials stay apart.
TEST_F(StoreTest, AnAcronymJoinsTheNameItAbbreviates) {
  Put(Make("x1", "Quarrell Holdings Group rose.",
           {{O, "Quarrell Holdings Group", {"Quarrell Holdings Group"}}}));
  Put(Make("x2", "QHG fell.", {{O, "QHG", {"QHG"}}}));
  Put(Make("x3", "The TPA said.", {{O, "TPA", {"TPA"}}}));
  Put(Make("x4", "The Tasman Port Authority said.",
           {{O, "Tasman Port Authority", {"Tasman Port Authority"}}}));
  Put(Make("x5", "The Trade Promotion Agency said.",
           {{O, "Trade Promotion Agency", {"Trade Promotion Agency"}}}));
  EXPECT_EQ(ActorOf("x2", "QHG"), ActorOf("x1", "Quarrell Holdings Group"));
  EXPECT_EQ(ActorOf("x4", "Tasman Port Authority"), ActorOf("x3", "TPA"));
  EXPECT_NE(ActorOf("x5", "Trade Promotion Agency"), ActorOf("x4", "Tasman Port Authority"));
}

TEST_F(StoreTest, CorrectionsSurviveRebuildAndReingest) {
  auto d1 = Make("d1", "Emomali Rahmon spoke.", {{P, "Emomali Rahmon", {"Emomali Rahmon"}}});
  auto d2 = Make("d2", "President Rahmonov spoke.", {{P, "Rahmonov", {"Rahmonov"}}});
  auto d3 = Make("d3", "Emomali Rahmon met John Smith.",
                 {{P, "Emomali Rahmon", {"Emomali Rahmon"}}, {P, "John Smith", {"John Smith"}}});
  auto d4 = Make("d4", "John Smith the plumber.", {{P, "John Smith", {"John Smith"}}});
  for (auto* a : {&d1, &d2, &d3, &d4}) Put(*a);
  ASSERT_NE(ActorOf("d1", "Emomali Rahmon"), ActorOf("d2", "Rahmonov"));
  ASSERT_EQ(ActorOf("d3", "John Smith"), ActorOf("d4", "John Smith"));
  ASSERT_TRUE(store_->Merge("Emomali Rahmon", "Rahmonov").ok());
  ASSERT_TRUE(store_->Split("John Smith", "d4").ok());
  auto check = [&] {
    EXPECT_EQ(ActorOf("d1", "Emomali Rahmon"), ActorOf("d2", "Rahmonov"));
    EXPECT_NE(ActorOf("d3", "John Smith"), ActorOf("d4", "John Smith"));
  };
  check();
  ASSERT_TRUE(store_->Rebuild().ok());
  check();
  // Re-ingesting changed text for d2 and d4 keeps the decisions.
  Put(Make("d2", "President Rahmonov spoke again.", {{P, "Rahmonov", {"Rahmonov"}}}));
  Put(Make("d4", "John Smith the plumber, again.", {{P, "John Smith", {"John Smith"}}}));
  check();
  StoreStats stats;
  ASSERT_TRUE(store_->Stats(&stats).ok());
  EXPECT_EQ(stats.judgements, 2);
}

// A judgement names a person with their suffix: one about "Donald Trump" leaves "Donald Trump
// Jr." alone, through a rebuild too.
TEST_F(StoreTest, AJudgementAboutAFatherLeavesTheSonAlone) {
  Put(Make("j1", "Donald Trump spoke.", {{P, "Donald Trump", {"Donald Trump"}}}));
  Put(Make("j2", "DJT spoke.", {{P, "DJT", {"DJT"}}}));
  Put(Make("j3", "Donald Trump Jr. spoke.", {{P, "Donald Trump Jr.", {"Donald Trump Jr."}}}));
  ASSERT_TRUE(store_->Merge("Donald Trump", "DJT").ok());
  for (int rebuilt = 0; rebuilt < 2; ++rebuilt) {
    EXPECT_EQ(ActorOf("j1", "Donald Trump"), ActorOf("j2", "DJT")) << rebuilt;
    EXPECT_NE(ActorOf("j3", "Donald Trump Jr."), ActorOf("j2", "DJT")) << rebuilt;
    ASSERT_TRUE(store_->Rebuild().ok());
  }
}

TEST_F(StoreTest, RebuildIsDeterministic) {
  Put(Make("e1", "Gordon Brown and Tony Blair.",
           {{P, "Gordon Brown", {"Gordon Brown"}}, {P, "Tony Blair", {"Tony Blair"}}}));
  Put(Make("e2", "Brown spoke.", {{P, "Brown", {"Brown"}}}));
  Put(Make("e3", "Gordon Brown again.", {{P, "Gordon Brown", {"Gordon Brown"}}}));
  auto dump = [&] {
    std::string out;
    store_->ForEachActor([&](const ActorDetail& d) {
      out += d.actor.id + d.actor.name + std::to_string(d.actor.mentions) + ";";
    });
    store_->ForEachMention([&](const MentionRow& m) { out += m.article + m.actor + ";"; });
    return out;
  };
  ASSERT_TRUE(store_->Rebuild().ok());
  std::string first = dump();
  ASSERT_TRUE(store_->Rebuild().ok());
  EXPECT_EQ(first, dump());
  EXPECT_EQ(ActorOf("e2", "Brown"), ActorOf("e1", "Gordon Brown"));  // folded in once dominant
}

TEST_F(StoreTest, WireCopiesAreLinkedAndTheirQuotesCountOnce) {
  std::string body =
      "The finance minister said on Tuesday that the budget would be balanced by the end of next "
      "year, despite the slowdown in exports and the rising cost of imported fuel, which have "
      "both weighed on growth. \"We will not raise taxes on working families,\" the minister told "
      "reporters in the capital after a cabinet meeting that lasted most of the day.";
  for (const char* id : {"w1", "w2"}) {
    auto a = Make(id, std::string(id == std::string("w2") ? "Reuters - " : "") + body, {});
    ExtractedQuote q;
    q.text = "We will not raise taxes on working families,";
    size_t at = a.input.find(q.text);
    q.content = {uint32_t(at), uint32_t(at + q.text.size())};
    a.quotes.push_back(q);
    Put(a);
  }
  ArticleView v;
  ASSERT_TRUE(store_->GetArticle("w2", &v).ok());
  EXPECT_EQ(v.dup_of, "w1");
  std::vector<QuoteRow> quotes;
  ASSERT_TRUE(store_->Quotes(QuoteFilter(), &quotes).ok());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].copies, 2);
}

TEST_F(StoreTest, EngineEndToEnd) {
  InputArticle in;
  in.meta.id = "real";
  in.text =
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Hillary Clinton, the Democratic nominee, in Ohio.";
  PutResult r;
  ASSERT_TRUE(store_->Put(ExtractArticle(test_support::test_pipeline(), in), &r).ok());
  ActorDetail d;
  ASSERT_TRUE(store_->GetActor("Clinton", 10, &d).ok());
  EXPECT_EQ(d.actor.name, "Hillary Clinton");
  ASSERT_EQ(d.quotes_by.size(), 1u);
  EXPECT_EQ(d.quotes_by[0].text, "We will win,");
  EXPECT_EQ(in.text.substr(d.quotes_by[0].span.start,
                           d.quotes_by[0].span.end - d.quotes_by[0].span.start),
            "We will win,");
}

TEST_F(StoreTest, OpenRefusesNewerSchemaAndForeignFiles) {
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version=7", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  Status s = Store::Open(path_, Options(), &store_);
  EXPECT_EQ(s.code(), Status::Code::kNotSupported);
  EXPECT_NE(s.message().find("schema version 7"), std::string::npos) << s.message();
  std::string other = (dir_ / "other.db").string();
  sqlite3_open(other.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  s = Store::Open(other, Options(), &store_);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a newsgraph store"), std::string::npos) << s.message();
}

TEST_F(StoreTest, ABareGivenNameJoinsThePersonWhoDominatesIt) {
  for (const char* id : {"g1", "g2", "g3"}) {
    Put(Make(id, "Hillary Clinton spoke.", {{P, "Hillary Clinton", {"Hillary Clinton"}}}));
    Put(Make(std::string(id) + "d", "Howard Dean spoke.", {{P, "Howard Dean", {"Howard Dean"}}}));
  }
  Put(Make("h1", "Michael Howard spoke.", {{P, "Michael Howard", {"Michael Howard"}}}));
  Put(Make("g4", "Hillary said no.", {{P, "Hillary", {"Hillary"}}}));
  EXPECT_EQ(ActorOf("g4", "Hillary"), ActorOf("g1", "Hillary Clinton"));
  std::vector<LinkReason> why;
  ASSERT_TRUE(store_->Explain(ActorOf("g1", "Hillary Clinton"), &why).ok());
  bool given = false;
  for (const LinkReason& r : why) given = given || r.rule == "given-name-in-corpus";
  EXPECT_TRUE(given);
  // A word someone bears as a surname is not taken for a given name.
  Put(Make("g5", "Howard said no.", {{P, "Howard", {"Howard"}}}));
  EXPECT_NE(ActorOf("g5", "Howard"), ActorOf("g1d", "Howard Dean"));
}

// A bare given name stored before its person dominated joins that person once they do; a
// bare word that someone bears as a surname stays apart.
TEST_F(StoreTest, AnEarlierBareGivenNameJoinsThePersonOnceTheyDominate) {
  Put(Make("m1", "Marisol Quarrell spoke.", {{P, "Marisol Quarrell", {"Marisol Quarrell"}}}));
  Put(Make("m2", "Marisol said no.", {{P, "Marisol", {"Marisol"}}}));
  Put(Make("m3", "Dean Ashby spoke.", {{P, "Dean Ashby", {"Dean Ashby"}}}));
  Put(Make("m4", "Dean said no.", {{P, "Dean", {"Dean"}}}));
  Put(Make("m5", "Lena Dean spoke.", {{P, "Lena Dean", {"Lena Dean"}}}));
  EXPECT_NE(ActorOf("m2", "Marisol"), ActorOf("m1", "Marisol Quarrell"));  // one article
  for (const char* id : {"m6", "m7"}) {
    Put(Make(id, "Marisol Quarrell spoke.", {{P, "Marisol Quarrell", {"Marisol Quarrell"}}}));
    Put(Make(std::string(id) + "d", "Dean Ashby spoke.", {{P, "Dean Ashby", {"Dean Ashby"}}}));
  }
  EXPECT_EQ(ActorOf("m2", "Marisol"), ActorOf("m1", "Marisol Quarrell"));
  EXPECT_NE(ActorOf("m4", "Dean"), ActorOf("m3", "Dean Ashby"));
  // A regnal name is no bare given name, before or after.
  Put(Make("m8", "Marisol II reigned.", {{P, "Marisol II", {"Marisol II"}}}));
  EXPECT_NE(ActorOf("m8", "Marisol II"), ActorOf("m1", "Marisol Quarrell"));
  // Nor is a surname with a suffix the bare surname of the person.
  Put(Make("m9", "Quarrell Jr. spoke.", {{P, "Quarrell Jr.", {"Quarrell Jr."}}}));
  Put(Make("m10", "Marisol Quarrell spoke.", {{P, "Marisol Quarrell", {"Marisol Quarrell"}}}));
  EXPECT_NE(ActorOf("m9", "Quarrell Jr."), ActorOf("m1", "Marisol Quarrell"));
  std::vector<LinkReason> why;
  ASSERT_TRUE(store_->Explain(ActorOf("m1", "Marisol Quarrell"), &why).ok());
  bool given = false;
  for (const LinkReason& r : why) given = given || r.rule == "given-name-in-corpus";
  EXPECT_TRUE(given);
}

// A name given to `query actor` / `explain` stands for the actor it names most often.
TEST_F(StoreTest, ANameResolvesToTheActorItNamesMostOften) {
  Put(Make("o1", "Trump said it.", {{O, "Trump", {"Trump"}}}));
  for (std::string id : {"p1", "p2"})
    Put(Make(id, "Donald Trump spoke. Trump left.",
             {{P, "Donald Trump", {"Donald Trump", "Trump"}}}));
  ActorDetail d;
  ASSERT_TRUE(store_->GetActor("Trump", 10, &d).ok());
  EXPECT_EQ(d.actor.name, "Donald Trump");
  // An exact display name still wins among actors that a form names equally often.
  ASSERT_TRUE(store_->GetActor("Donald Trump", 10, &d).ok());
  EXPECT_EQ(d.actor.name, "Donald Trump");
}

TEST_F(StoreTest, ABareSurnameWithATitleJoinsThePersonWhoBearsIt) {
  auto titled = [](ExtractedArticle a, const std::string& role) {
    a.entities[0].roles.push_back(role);
    return a;
  };
  // Two people of one surname with as many articles: the bare surname alone is no one's.
  for (std::string id : {"b1", "b2", "b3"}) {
    Put(titled(
        Make(id, "President George W. Bush spoke.", {{P, "George W. Bush", {"George W. Bush"}}}),
        "President"));
    Put(titled(Make(id + "j", "Florida Governor Jeb Bush spoke.", {{P, "Jeb Bush", {"Jeb Bush"}}}),
               "Florida Governor"));
  }
  Put(titled(Make("t1", "President Bush said no.", {{P, "Bush", {"Bush"}}}), "President"));
  Put(titled(Make("t2", "Gov. Bush said no.", {{P, "Bush", {"Bush"}}}), "Gov."));
  Put(Make("t3", "Bush said no.", {{P, "Bush", {"Bush"}}}));
  Put(titled(Make("t4", "Senator Bush said no.", {{P, "Bush", {"Bush"}}}), "Senator"));
  EXPECT_EQ(ActorOf("t1", "Bush"), ActorOf("b1", "George W. Bush"));
  EXPECT_EQ(ActorOf("t2", "Bush"), ActorOf("b1j", "Jeb Bush"));
  for (const char* id : {"t3", "t4"}) {
    EXPECT_NE(ActorOf(id, "Bush"), ActorOf("b1", "George W. Bush")) << id;
    EXPECT_NE(ActorOf(id, "Bush"), ActorOf("b1j", "Jeb Bush")) << id;
  }
  std::vector<LinkReason> why;
  ASSERT_TRUE(store_->Explain(ActorOf("b1j", "Jeb Bush"), &why).ok());
  bool titled_link = false;
  for (const LinkReason& r : why) titled_link = titled_link || r.rule == "surname-and-title";
  EXPECT_TRUE(titled_link);
  // A rebuild links them the same way (titles come back from the stored roles).
  ASSERT_TRUE(store_->Rebuild().ok());
  EXPECT_EQ(ActorOf("t2", "Bush"), ActorOf("b1j", "Jeb Bush"));
  EXPECT_EQ(ActorOf("t1", "Bush"), ActorOf("b1", "George W. Bush"));
}

TEST_F(StoreTest, AReplacedArticleTakesItsBlockingKeysAlong) {
  auto first = Make("k1", "Quarrell Holdings rose. Quarrell said profits grew.",
                    {{O, "Quarrell Holdings", {"Quarrell Holdings", "Quarrell"}}});
  auto other =
      Make("k2", "Quarrell Holdings fell.", {{O, "Quarrell Holdings", {"Quarrell Holdings"}}});
  auto second = Make("k1", "Bramley Farms rose.", {{O, "Bramley Farms", {"Bramley Farms"}}});
  Put(first);
  Put(other);
  // The same final content ingested into a clean store.
  std::string clean = (dir_ / "clean.db").string();
  {
    std::unique_ptr<Store> c;
    ASSERT_TRUE(Store::Open(clean, Options(), &c).ok());
    PutResult r;
    ASSERT_TRUE(c->Put(other, &r).ok());
    ASSERT_TRUE(c->Put(second, &r).ok());
  }
  std::vector<std::string> before = Rows(path_, kKeyRows), want = Rows(clean, kKeyRows);
  ASSERT_FALSE(want.empty());
  EXPECT_NE(before, want);  // "Quarrell" alone filed a key only the first text gave
  EXPECT_EQ(Put(second), PutResult::kReplaced);
  EXPECT_EQ(Rows(path_, kKeyRows), want);
}

TEST_F(StoreTest, AQuoteItsAttributionInterruptsKeepsItsParts) {
  auto a = Make("p1", "\"We plan to open,\" said Pedram, \"and we will hire.\" He left.",
                {{P, "Pedram", {"Pedram"}}});
  ExtractedQuote q;
  const std::string one = "We plan to open,", two = "and we will hire.";
  const uint32_t at1 = uint32_t(a.input.find(one)), at2 = uint32_t(a.input.find(two));
  q.parts = {{at1, at1 + uint32_t(one.size())}, {at2, at2 + uint32_t(two.size())}};
  q.content = {at1, q.parts[1].end};
  q.text = one + " " + two;
  q.speaker = 0;
  a.quotes.push_back(q);
  Put(a);
  EXPECT_EQ(Count("quote_parts"), 2);
  std::vector<QuoteRow> quotes;
  ASSERT_TRUE(store_->Quotes(QuoteFilter(), &quotes).ok());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We plan to open, and we will hire.");
  ASSERT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(quotes[0].parts[1].text, two);
  EXPECT_EQ(quotes[0].parts[1].span, q.parts[1]);
  nlohmann::json j = ToJson(quotes[0]);
  ASSERT_EQ(j["parts"].size(), 2u);
  EXPECT_EQ(j["parts"][0]["text"], one);
  EXPECT_EQ(j["start"], at1);
  EXPECT_EQ(j["end"], q.parts[1].end);
  // A one-piece quote has no parts; a replaced article's parts go with it.
  Put(Make("p1", "Nothing was said.", {}));
  EXPECT_EQ(Count("quote_parts"), 0);
}

}  // namespace
}  // namespace newsgraph::store
