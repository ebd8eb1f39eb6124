"""`python -m harness.benchmark`: the benchmarks' command; the code lives in `harness.testing.benchmark`."""

import sys

from harness.testing.benchmark import main

if __name__ == "__main__":
    sys.exit(main())
