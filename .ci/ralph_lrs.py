"""Serves Ralph's LRS API on loopback with the file-system backend, for tests.

Usage: python ralph_lrs.py HOST PORT (run in the folder that is to hold the
statements; RALPH_APP_DIR names the folder of Ralph's auth.json).

Why not `ralph runserver -b fs`: Ralph 5's file-system backend writes its LRS
file with the `create` operation, which refuses a file that exists, so every
POST after the first fails with HTTP 500 "Statements bulk indexation failed".
An LRS appends; this makes `append` the backend's default and runs Ralph's own
ASGI app with uvicorn in this process (`runserver` starts it in a child process
with reloading on, where the change would not hold).
"""

import os
import sys

os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402
from ralph.api import app  # noqa: E402

uvicorn.run(app, host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
