"""`python -m demo seed-demo ...` (demo/cli.py)."""

import sys

from demo.cli import main

sys.exit(main())
