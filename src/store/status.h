// The store returns the project's one Status (newsgraph/status.h): ok, or a code and a one-line
// message that names what failed and where (file, article id, actor), ready to print after
// "newsgraph: ". store::Status is the same class under the store's namespace.
#pragma once

#include "newsgraph/status.h"

namespace newsgraph::store {

using Status = newsgraph::Status;

}  // namespace newsgraph::store
