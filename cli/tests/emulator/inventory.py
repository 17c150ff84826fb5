"""Lists what the moto server at 127.0.0.1:PORT holds of EC2, ECS, ELBv2, ECR, S3 (but
forma's staging bucket), DynamoDB, SQS, Kinesis, CloudWatch Logs, Lambda, SNS, SSM, KMS (keys
not pending deletion), CloudWatch alarms, EventBridge rules, API Gateway (REST and HTTP),
Cognito user pools, Route 53 zones, IAM roles, ACM certificates and Lambda function URLs, as
JSON counts, through those services'
own APIs (boto3, from the same venv as moto).

Usage: python inventory.py PORT [--push-image REPOSITORY TAG]

With --push-image, first pushes an image (a manifest, as `docker push` ends with) tagged TAG
into every repository whose name starts with REPOSITORY.
"""

import json
import sys

import boto3

endpoint = f"http://127.0.0.1:{sys.argv[1]}"
kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
ec2, ecs, elbv2, ecr = (boto3.client(s, **kw) for s in ("ec2", "ecs", "elbv2", "ecr"))
s3, dynamodb, sqs, kinesis, logs, lambda_ = (
    boto3.client(s, **kw) for s in ("s3", "dynamodb", "sqs", "kinesis", "logs", "lambda")
)
sns, ssm, kms, cloudwatch, events, apigateway, apigatewayv2, cognito, route53, iam, acm = (
    boto3.client(s, **kw)
    for s in ("sns", "ssm", "kms", "cloudwatch", "events", "apigateway", "apigatewayv2", "cognito-idp", "route53",
              "iam", "acm")
)


def function_urls(name):
    """1 when the function has a URL: moto answers GetFunctionUrlConfig, not the List call."""
    try:
        lambda_.get_function_url_config(FunctionName=name)
        return 1
    except lambda_.exceptions.ResourceNotFoundException:
        return 0


def live_keys():
    keys = [k["KeyId"] for k in kms.list_keys()["Keys"]]
    return [k for k in keys if kms.describe_key(KeyId=k)["KeyMetadata"]["KeyState"] != "PendingDeletion"]

if len(sys.argv) > 2 and sys.argv[2] == "--push-image":
    prefix, tag = sys.argv[3], sys.argv[4]
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                           "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 7023,
                                      "digest": "sha256:" + "ab" * 32}, "layers": []})
    for r in ecr.describe_repositories()["repositories"]:
        if r["repositoryName"].startswith(prefix):
            ecr.put_image(repositoryName=r["repositoryName"], imageManifest=manifest, imageTag=tag)

default_vpcs = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if v.get("IsDefault")}
clusters = ecs.list_clusters()["clusterArns"]
active = [c for c in ecs.describe_clusters(clusters=clusters)["clusters"] if c["status"] == "ACTIVE"] if clusters else []
services = []
for c in active:
    arns = ecs.list_services(cluster=c["clusterArn"])["serviceArns"]
    if arns:
        services += [s for s in ecs.describe_services(cluster=c["clusterArn"], services=arns)["services"] if s["status"] == "ACTIVE"]
print(json.dumps({
    "vpcs": len([v for v in ec2.describe_vpcs()["Vpcs"] if v["VpcId"] not in default_vpcs]),
    "subnets": len([s for s in ec2.describe_subnets()["Subnets"] if s["VpcId"] not in default_vpcs]),
    "route_tables": len([r for r in ec2.describe_route_tables()["RouteTables"] if r["VpcId"] not in default_vpcs and not any(a.get("Main") for a in r.get("Associations", []))]),
    "nat_gateways": len([n for n in ec2.describe_nat_gateways()["NatGateways"] if n["State"] != "deleted"]),
    "eips": len(ec2.describe_addresses()["Addresses"]),
    "internet_gateways": len([g for g in ec2.describe_internet_gateways()["InternetGateways"] if not any(a.get("VpcId") in default_vpcs for a in g.get("Attachments", []))]),
    "security_groups": len([g for g in ec2.describe_security_groups()["SecurityGroups"] if g["VpcId"] not in default_vpcs and g["GroupName"] != "default"]),
    "clusters": len(active),
    "services": len(services),
    "task_definitions": len(ecs.list_task_definitions(status="ACTIVE")["taskDefinitionArns"]),
    "load_balancers": len(elbv2.describe_load_balancers()["LoadBalancers"]),
    "target_groups": len(elbv2.describe_target_groups()["TargetGroups"]),
    "repositories": len(ecr.describe_repositories()["repositories"]),
    "images": sum(len(ecr.list_images(repositoryName=r["repositoryName"])["imageIds"])
                  for r in ecr.describe_repositories()["repositories"]),
    "buckets": len([b for b in s3.list_buckets()["Buckets"] if not b["Name"].startswith("forma-assets-")]),
    "tables": len(dynamodb.list_tables()["TableNames"]),
    "queues": len(sqs.list_queues().get("QueueUrls", [])),
    "streams": len(kinesis.list_streams()["StreamNames"]),
    "log_groups": len(logs.describe_log_groups()["logGroups"]),
    "functions": len(lambda_.list_functions()["Functions"]),
    "topics": len(sns.list_topics()["Topics"]),
    "parameters": len(ssm.describe_parameters()["Parameters"]),
    "keys": len(live_keys()),
    "alarms": len(cloudwatch.describe_alarms()["MetricAlarms"]),
    "rules": len(events.list_rules()["Rules"]),
    "rest_apis": len(apigateway.get_rest_apis()["items"]),
    "http_apis": len(apigatewayv2.get_apis()["Items"]),
    "user_pools": len(cognito.list_user_pools(MaxResults=60)["UserPools"]),
    "hosted_zones": len(route53.list_hosted_zones()["HostedZones"]),
    "roles": len(iam.list_roles()["Roles"]),
    "certificates": len(acm.list_certificates()["CertificateSummaryList"]),
    "function_urls": sum(function_urls(f["FunctionName"]) for f in lambda_.list_functions()["Functions"]),
}))
