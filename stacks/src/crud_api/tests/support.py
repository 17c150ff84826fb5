"""Loading crud-api's handlers with their DynamoDB table stubbed."""

import importlib.util
import os
import sys
from unittest import mock

from botocore.exceptions import ClientError

FUNCTIONS = os.path.join(os.path.dirname(__file__), "..")


def load(function):
    """Imports `<function>/index.py` as Lambda would, with `boto3.resource` stubbed, and
    gives it a fresh stub table (`module.table`).

    Every handler is an `index.py`: each is loaded under a name of its own, so the handlers
    of this and the other systems never meet in `sys.modules`.
    """
    spec = importlib.util.spec_from_file_location(
        f"crud_api_{function}_index", os.path.join(FUNCTIONS, function, "index.py")
    )
    module = importlib.util.module_from_spec(spec)
    # No `__pycache__` in the function's directory: it is zipped whole as the code asset.
    with mock.patch.object(sys, "dont_write_bytecode", True), mock.patch.dict(os.environ, {"TABLE_NAME": "items"}), mock.patch("boto3.resource") as resource:
        spec.loader.exec_module(module)
    resource.assert_called_once_with("dynamodb")
    resource.return_value.Table.assert_called_once_with("items")
    module.table = mock.Mock()
    return module


def client_error(code, operation):
    """The error boto3 raises when DynamoDB answers `code`."""
    return ClientError({"Error": {"Code": code, "Message": code}}, operation)
