"""Rolls a newly pushed image out to the web service.

Invoked by an EventBridge rule on ECR's push events for the service's repository. It
registers a new revision of the service's task definition whose containers from that
repository run the pushed tag, then updates the service to that revision; ECS replaces the
tasks the way the service's deployment configuration says (rolling, connections drained).

Environment: CLUSTER_NAME, SERVICE_NAME, TASK_FAMILY (the task definition's family),
REPOSITORY_URI (`<account>.dkr.ecr.<region>.amazonaws.com/<name>`) and TAG_PATTERN (the
tags that are rolled out; a git commit id by default: other tags, such as `latest`, are not).
"""

import json
import logging
import os
import re

import boto3

logger = logging.getLogger("image_deployer")
logger.setLevel(logging.INFO)

# What register_task_definition takes back from describe_task_definition's answer.
REGISTERED_FIELDS = (
    "taskRoleArn",
    "executionRoleArn",
    "networkMode",
    "volumes",
    "placementConstraints",
    "requiresCompatibilities",
    "cpu",
    "memory",
    "pidMode",
    "ipcMode",
    "proxyConfiguration",
    "inferenceAccelerators",
    "ephemeralStorage",
    "runtimePlatform",
)

DEFAULT_TAG_PATTERN = r"[0-9a-f]{7,40}"

_ecs = None


def ecs():
    global _ecs
    if _ecs is None:
        _ecs = boto3.client("ecs")
    return _ecs


def handler(event, context):
    logger.info(json.dumps({"event": event}))
    repository_uri = os.environ["REPOSITORY_URI"]
    repository_name = repository_uri.split("/", 1)[1]
    detail = event.get("detail") or {}
    tag = detail.get("image-tag") or ""

    reason = None
    if event.get("source") != "aws.ecr" or detail.get("action-type") != "PUSH":
        reason = "not an image push"
    elif detail.get("result") != "SUCCESS":
        reason = "the push failed"
    elif detail.get("repository-name") != repository_name:
        reason = f"a push to another repository ({detail.get('repository-name')})"
    elif not re.fullmatch(os.environ.get("TAG_PATTERN") or DEFAULT_TAG_PATTERN, tag):
        reason = f"the tag {tag!r} is not one that is rolled out"
    if reason:
        return ignored(reason)

    image = f"{repository_uri}:{tag}"
    current = ecs().describe_task_definition(taskDefinition=os.environ["TASK_FAMILY"])["taskDefinition"]
    containers = [dict(c) for c in current["containerDefinitions"]]
    ours = [c for c in containers if image_repository(c["image"]) == repository_uri]
    if not ours:
        raise RuntimeError(f"no container of {current['taskDefinitionArn']} runs an image of {repository_uri}")
    if all(c["image"] == image for c in ours):
        return ignored(f"{current['taskDefinitionArn']} already runs {image}")
    for c in ours:
        c["image"] = image

    definition = {k: current[k] for k in REGISTERED_FIELDS if k in current}
    registered = ecs().register_task_definition(
        family=os.environ["TASK_FAMILY"], containerDefinitions=containers, **definition
    )["taskDefinition"]["taskDefinitionArn"]
    ecs().update_service(
        cluster=os.environ["CLUSTER_NAME"], service=os.environ["SERVICE_NAME"], taskDefinition=registered
    )
    result = {"deployed": image, "taskDefinition": registered}
    logger.info(json.dumps(result))
    return result


def image_repository(image):
    """`<repo uri>` of `<repo uri>:<tag>` or `<repo uri>@<digest>`."""
    if "@" in image:
        return image.split("@", 1)[0]
    name, _, tag = image.rpartition(":")
    # A colon in the last path segment starts the tag; one before it is a registry's port.
    return name if name and "/" not in tag else image


def ignored(reason):
    logger.info(json.dumps({"ignored": reason}))
    return {"ignored": reason}
