import sys

from hemsehri.cli import main

sys.exit(main())
