// A shard line: one extracted article (store::ExtractedArticle) as one line of JSON, so a Dask
// worker can hand its partition's extraction to the one store writer through a file. The
// article's input bytes travel base64-encoded (they need not be UTF-8); everything else is
// plain JSON. Decode(Encode(a)) == a for every article.
#pragma once

#include <string>
#include <string_view>

#include "store/extracted.h"

namespace newsgraph::python {

std::string EncodeShardLine(const store::ExtractedArticle& article);

// False (and *error says why) when `line` is not a shard line this version wrote.
bool DecodeShardLine(std::string_view line, store::ExtractedArticle* article, std::string* error);

}  // namespace newsgraph::python
