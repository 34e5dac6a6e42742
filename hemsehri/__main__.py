"""`python -m hemsehri`: the `hemsehri` command."""

import sys

from hemsehri.cli import main

sys.exit(main())
