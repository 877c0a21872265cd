// The JSON writer moved to the public header newsgraph/json.h; these names stay for code that
// still spells them output::append_extract_json / output::append_json_string.
#pragma once

#include "newsgraph/json.h"

namespace newsgraph::output {

using newsgraph::append_extract_json;
using newsgraph::append_json_string;

}  // namespace newsgraph::output
