"""crud-api's create handler (POST /items), with the DynamoDB table stubbed."""

import base64
import json
import unittest
from decimal import Decimal
from unittest import mock

from .support import load


class Create(unittest.TestCase):
    def setUp(self):
        self.index = load("create")

    def test_puts_the_body_under_a_generated_id_and_returns_201(self):
        with mock.patch.object(self.index.uuid, "uuid4", return_value="0d9c6a0e-0000-4000-8000-000000000001"):
            response = self.index.handler({"body": '{"name": "lamp", "price": 12.5, "stock": 3}'}, None)
        item = {"name": "lamp", "price": Decimal("12.5"), "stock": 3, "id": "0d9c6a0e-0000-4000-8000-000000000001"}
        self.index.table.put_item.assert_called_once_with(Item=item, ConditionExpression="attribute_not_exists(id)")
        self.assertEqual(response["statusCode"], 201)
        self.assertEqual(response["headers"]["location"], "/items/0d9c6a0e-0000-4000-8000-000000000001")
        self.assertEqual(
            json.loads(response["body"]),
            {"name": "lamp", "price": 12.5, "stock": 3, "id": "0d9c6a0e-0000-4000-8000-000000000001"},
        )

    def test_each_item_gets_a_new_id_and_a_given_id_is_not_used(self):
        first = self.index.handler({"body": '{"id": "mine"}'}, None)
        second = self.index.handler({"body": "{}"}, None)
        ids = {json.loads(r["body"])["id"] for r in (first, second)}
        self.assertEqual(len(ids), 2)
        self.assertNotIn("mine", ids)

    def test_reads_a_base64_body(self):
        body = base64.b64encode(b'{"name": "desk"}').decode()
        response = self.index.handler({"body": body, "isBase64Encoded": True}, None)
        self.assertEqual(response["statusCode"], 201)
        self.assertEqual(self.index.table.put_item.call_args.kwargs["Item"]["name"], "desk")

    def test_a_body_that_is_not_a_json_object_is_a_400_and_nothing_is_stored(self):
        for body in ["{not json", "[1, 2]", None]:
            with self.subTest(body=body):
                response = self.index.handler({"body": body}, None)
                self.assertEqual(response["statusCode"], 400)
        self.index.table.put_item.assert_not_called()


if __name__ == "__main__":
    unittest.main()
