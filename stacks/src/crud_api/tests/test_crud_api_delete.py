"""crud-api's delete handler (DELETE /items/{id}), with the DynamoDB table stubbed."""

import unittest

from botocore.exceptions import ClientError

from .support import client_error, load


class Delete(unittest.TestCase):
    def setUp(self):
        self.index = load("delete")

    def test_deletes_the_item_and_returns_204(self):
        response = self.index.handler({"pathParameters": {"id": "a1"}}, None)
        self.index.table.delete_item.assert_called_once_with(
            Key={"id": "a1"}, ConditionExpression="attribute_exists(id)"
        )
        self.assertEqual(response, {"statusCode": 204})

    def test_returns_404_when_the_item_is_missing(self):
        self.index.table.delete_item.side_effect = client_error("ConditionalCheckFailedException", "DeleteItem")
        response = self.index.handler({"pathParameters": {"id": "gone"}}, None)
        self.assertEqual(response["statusCode"], 404)

    def test_other_dynamodb_errors_are_raised(self):
        self.index.table.delete_item.side_effect = client_error("ResourceNotFoundException", "DeleteItem")
        with self.assertRaises(ClientError):
            self.index.handler({"pathParameters": {"id": "a1"}}, None)


if __name__ == "__main__":
    unittest.main()
