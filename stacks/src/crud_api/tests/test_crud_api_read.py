"""crud-api's read handler (GET /items/{id}), with the DynamoDB table stubbed."""

import json
import unittest
from decimal import Decimal

from botocore.exceptions import ClientError

from .support import client_error, load


class Read(unittest.TestCase):
    def setUp(self):
        self.index = load("read")

    def test_returns_the_item(self):
        self.index.table.get_item.return_value = {"Item": {"id": "a1", "name": "lamp", "stock": Decimal("3")}}
        response = self.index.handler({"pathParameters": {"id": "a1"}}, None)
        self.index.table.get_item.assert_called_once_with(Key={"id": "a1"})
        self.assertEqual(response["statusCode"], 200)
        self.assertEqual(json.loads(response["body"]), {"id": "a1", "name": "lamp", "stock": 3})

    def test_returns_404_when_the_item_is_missing(self):
        self.index.table.get_item.return_value = {}
        response = self.index.handler({"pathParameters": {"id": "gone"}}, None)
        self.assertEqual(response["statusCode"], 404)
        self.assertEqual(json.loads(response["body"]), {"message": "no item gone"})

    def test_a_dynamodb_failure_is_not_hidden(self):
        self.index.table.get_item.side_effect = client_error("ProvisionedThroughputExceededException", "GetItem")
        with self.assertRaises(ClientError):
            self.index.handler({"pathParameters": {"id": "a1"}}, None)


if __name__ == "__main__":
    unittest.main()
