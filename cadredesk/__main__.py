"""``python -m cadredesk`` — the GUI, same as the ``cadredesk`` command."""

from __future__ import annotations

import sys

from cadredesk.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
