"""`python -m mobilaze_training.cli`: the same as `mobilaze-admin`."""

import sys

from mobilaze_training.cli import main

sys.exit(main())
