"""crud-api's update handler (PUT /items/{id}), with the DynamoDB table stubbed."""

import json
import unittest
from decimal import Decimal

from botocore.exceptions import ClientError

from .support import client_error, load


class Update(unittest.TestCase):
    def setUp(self):
        self.index = load("update")

    def test_replaces_the_item_only_if_it_exists(self):
        response = self.index.handler({"pathParameters": {"id": "a1"}, "body": '{"name": "lamp", "price": 9.5}'}, None)
        self.index.table.put_item.assert_called_once_with(
            Item={"name": "lamp", "price": Decimal("9.5"), "id": "a1"},
            ConditionExpression="attribute_exists(id)",
        )
        self.assertEqual(response["statusCode"], 200)
        self.assertEqual(json.loads(response["body"]), {"name": "lamp", "price": 9.5, "id": "a1"})

    def test_the_path_names_the_item_whatever_the_body_says(self):
        self.index.handler({"pathParameters": {"id": "a1"}, "body": '{"id": "b2"}'}, None)
        self.assertEqual(self.index.table.put_item.call_args.kwargs["Item"], {"id": "a1"})

    def test_returns_404_when_the_item_is_missing(self):
        self.index.table.put_item.side_effect = client_error("ConditionalCheckFailedException", "PutItem")
        response = self.index.handler({"pathParameters": {"id": "gone"}, "body": "{}"}, None)
        self.assertEqual(response["statusCode"], 404)

    def test_other_dynamodb_errors_are_raised(self):
        self.index.table.put_item.side_effect = client_error("ValidationException", "PutItem")
        with self.assertRaises(ClientError):
            self.index.handler({"pathParameters": {"id": "a1"}, "body": "{}"}, None)

    def test_a_body_that_is_not_a_json_object_is_a_400(self):
        for body in ["nope", '"text"', None]:
            with self.subTest(body=body):
                response = self.index.handler({"pathParameters": {"id": "a1"}, "body": body}, None)
                self.assertEqual(response["statusCode"], 400)
        self.index.table.put_item.assert_not_called()


if __name__ == "__main__":
    unittest.main()
