"""Generation jobs: the pipeline, the runners (in-process, taskiq on Redis), progress."""
