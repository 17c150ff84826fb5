"""The image deployer: a push of a commit-tagged image to the web service's repository
registers a task definition revision running it and updates the service; anything else is
ignored."""

import importlib.util
import os
import sys
import unittest
from unittest import mock

# The function's directory is zipped as it is: no __pycache__ may appear in it.
sys.dont_write_bytecode = True
FUNCTION_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "deployer")
sys.path.insert(0, FUNCTION_DIR)
# Loaded under a name of its own: every function's module is `index`.
_spec = importlib.util.spec_from_file_location("image_deployer_index", os.path.join(FUNCTION_DIR, "index.py"))
deployer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(deployer)

REPO = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web-service-repository-abc"
ENV = {
    "CLUSTER_NAME": "web-cluster",
    "SERVICE_NAME": "web-service-Service",
    "TASK_FAMILY": "web-service-TaskDef",
    "REPOSITORY_URI": REPO,
}
OLD_ARN = "arn:aws:ecs:us-east-1:123456789012:task-definition/web-service-TaskDef:3"
NEW_ARN = "arn:aws:ecs:us-east-1:123456789012:task-definition/web-service-TaskDef:4"


def push(tag="a1b2c3d", repository="web-service-repository-abc", result="SUCCESS", action="PUSH"):
    return {
        "version": "0",
        "source": "aws.ecr",
        "detail-type": "ECR Image Action",
        "account": "123456789012",
        "region": "us-east-1",
        "detail": {
            "result": result,
            "repository-name": repository,
            "image-digest": "sha256:0123",
            "action-type": action,
            "image-tag": tag,
        },
    }


def current_definition(image=f"{REPO}:0000000"):
    return {
        "taskDefinitionArn": OLD_ARN,
        "family": "web-service-TaskDef",
        "revision": 3,
        "status": "ACTIVE",
        "compatibilities": ["EC2", "FARGATE"],
        "registeredAt": "2026-12-05T07:00:00Z",
        "requiresAttributes": [{"name": "ecs.capability.execution-role-awslogs"}],
        "taskRoleArn": "arn:aws:iam::123456789012:role/task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/execution",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "runtimePlatform": {"cpuArchitecture": "X86_64", "operatingSystemFamily": "LINUX"},
        "containerDefinitions": [
            {
                "name": "web",
                "image": image,
                "essential": True,
                "portMappings": [{"containerPort": 80, "name": "web-80"}],
                "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g"}},
            },
            {"name": "sidecar", "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"},
        ],
    }


class DeployerTest(unittest.TestCase):
    def setUp(self):
        self.ecs = mock.Mock()
        self.ecs.describe_task_definition.return_value = {"taskDefinition": current_definition()}
        self.ecs.register_task_definition.return_value = {"taskDefinition": {"taskDefinitionArn": NEW_ARN}}
        patcher = mock.patch.object(deployer, "_ecs", self.ecs)
        patcher.start()
        self.addCleanup(patcher.stop)
        env = mock.patch.dict(os.environ, ENV)
        env.start()
        self.addCleanup(env.stop)

    def assert_nothing_changed(self):
        self.ecs.register_task_definition.assert_not_called()
        self.ecs.update_service.assert_not_called()

    def test_a_push_registers_a_revision_with_the_new_image_and_updates_the_service(self):
        result = deployer.handler(push("a1b2c3d"), None)

        self.ecs.describe_task_definition.assert_called_once_with(taskDefinition="web-service-TaskDef")
        self.ecs.register_task_definition.assert_called_once()
        kwargs = self.ecs.register_task_definition.call_args.kwargs
        self.assertEqual(kwargs["family"], "web-service-TaskDef")
        web, sidecar = kwargs["containerDefinitions"]
        self.assertEqual(web["image"], f"{REPO}:a1b2c3d")
        self.assertEqual(web["portMappings"], [{"containerPort": 80, "name": "web-80"}])
        self.assertEqual(web["logConfiguration"]["logDriver"], "awslogs")
        # Containers of other images keep theirs.
        self.assertEqual(sidecar["image"], "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")
        # The rest of the definition is carried over; what describe adds is not sent back.
        self.assertEqual(kwargs["taskRoleArn"], "arn:aws:iam::123456789012:role/task")
        self.assertEqual(kwargs["executionRoleArn"], "arn:aws:iam::123456789012:role/execution")
        self.assertEqual(kwargs["networkMode"], "awsvpc")
        self.assertEqual(kwargs["requiresCompatibilities"], ["FARGATE"])
        self.assertEqual((kwargs["cpu"], kwargs["memory"]), ("256", "512"))
        self.assertEqual(kwargs["runtimePlatform"]["cpuArchitecture"], "X86_64")
        for field in ("taskDefinitionArn", "revision", "status", "compatibilities", "registeredAt", "requiresAttributes"):
            self.assertNotIn(field, kwargs)

        self.ecs.update_service.assert_called_once_with(
            cluster="web-cluster", service="web-service-Service", taskDefinition=NEW_ARN
        )
        self.assertEqual(result, {"deployed": f"{REPO}:a1b2c3d", "taskDefinition": NEW_ARN})

    def test_the_running_definition_is_not_changed_in_place(self):
        described = current_definition()
        self.ecs.describe_task_definition.return_value = {"taskDefinition": described}
        deployer.handler(push("a1b2c3d"), None)
        self.assertEqual(described["containerDefinitions"][0]["image"], f"{REPO}:0000000")

    def test_a_full_commit_id_is_rolled_out(self):
        tag = "0123456789abcdef0123456789abcdef01234567"
        deployer.handler(push(tag), None)
        web = self.ecs.register_task_definition.call_args.kwargs["containerDefinitions"][0]
        self.assertEqual(web["image"], f"{REPO}:{tag}")

    def test_a_push_to_another_repository_is_ignored(self):
        result = deployer.handler(push(repository="other-app"), None)
        self.assertIn("another repository", result["ignored"])
        self.ecs.describe_task_definition.assert_not_called()
        self.assert_nothing_changed()

    def test_a_failed_push_is_ignored(self):
        result = deployer.handler(push(result="FAILURE"), None)
        self.assertEqual(result, {"ignored": "the push failed"})
        self.assert_nothing_changed()

    def test_a_delete_is_ignored(self):
        result = deployer.handler(push(action="DELETE"), None)
        self.assertEqual(result, {"ignored": "not an image push"})
        self.assert_nothing_changed()

    def test_a_push_to_another_tag_is_ignored(self):
        for tag in ("latest", "v1.2.0", "", "A1B2C3D", "a1b2c3"):
            with self.subTest(tag=tag):
                result = deployer.handler(push(tag), None)
                self.assertIn("not one that is rolled out", result["ignored"])
        self.assert_nothing_changed()

    def test_the_tag_pattern_can_be_changed(self):
        with mock.patch.dict(os.environ, {"TAG_PATTERN": r"v\d+\.\d+\.\d+"}):
            deployer.handler(push("v1.2.0"), None)
        web = self.ecs.register_task_definition.call_args.kwargs["containerDefinitions"][0]
        self.assertEqual(web["image"], f"{REPO}:v1.2.0")

    def test_a_push_of_the_image_already_running_changes_nothing(self):
        # EventBridge may deliver an event twice.
        self.ecs.describe_task_definition.return_value = {"taskDefinition": current_definition(f"{REPO}:a1b2c3d")}
        result = deployer.handler(push("a1b2c3d"), None)
        self.assertIn("already runs", result["ignored"])
        self.assert_nothing_changed()

    def test_a_definition_without_a_container_of_the_repository_is_an_error(self):
        self.ecs.describe_task_definition.return_value = {
            "taskDefinition": current_definition("public.ecr.aws/nginx/nginx:1.27")
        }
        with self.assertRaisesRegex(RuntimeError, "no container"):
            deployer.handler(push("a1b2c3d"), None)
        self.assert_nothing_changed()

    def test_a_failed_registration_leaves_the_service_alone(self):
        self.ecs.register_task_definition.side_effect = RuntimeError("AccessDeniedException")
        with self.assertRaises(RuntimeError):
            deployer.handler(push("a1b2c3d"), None)
        self.ecs.update_service.assert_not_called()

    def test_an_image_by_digest_counts_as_the_repository(self):
        self.ecs.describe_task_definition.return_value = {
            "taskDefinition": current_definition(f"{REPO}@sha256:0123")
        }
        deployer.handler(push("a1b2c3d"), None)
        web = self.ecs.register_task_definition.call_args.kwargs["containerDefinitions"][0]
        self.assertEqual(web["image"], f"{REPO}:a1b2c3d")


class ClientTest(unittest.TestCase):
    def test_the_ecs_client_is_made_once(self):
        with mock.patch.object(deployer, "_ecs", None), mock.patch.object(deployer.boto3, "client") as client:
            self.assertIs(deployer.ecs(), deployer.ecs())
            client.assert_called_once_with("ecs")


class ImageRepositoryTest(unittest.TestCase):
    def test_the_repository_of_an_image(self):
        self.assertEqual(deployer.image_repository(f"{REPO}:abc"), REPO)
        self.assertEqual(deployer.image_repository(f"{REPO}@sha256:00"), REPO)
        self.assertEqual(deployer.image_repository("localhost:5000/web"), "localhost:5000/web")
        self.assertEqual(deployer.image_repository("localhost:5000/web:v1"), "localhost:5000/web")


if __name__ == "__main__":
    unittest.main()
