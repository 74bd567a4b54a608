"""``python -m followupd``: the same command line as the ``followupd`` script."""

import sys

from followupd.cli import main

sys.exit(main())
