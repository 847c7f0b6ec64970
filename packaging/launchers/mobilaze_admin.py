"""Entry script frozen into the bundle's `mobilaze-admin` executable (the command line)."""

import sys

from mobilaze_training.cli import main

if __name__ == "__main__":
    sys.exit(main())
