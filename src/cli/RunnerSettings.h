#pragma once

#include "bulk/BulkRunner.h"

namespace RailgunCtl {

// How every BulkRunner of a run is set up: the user's --concurrency and the configured pacing.
struct RunnerSettings
{
    int concurrency = 4;
    double requestsPerSecond = 4.0;

    void apply(Railgun::BulkRunner *runner) const
    {
        runner->setConcurrency(concurrency);
        runner->setRequestsPerSecond(requestsPerSecond);
    }
};

} // namespace RailgunCtl
