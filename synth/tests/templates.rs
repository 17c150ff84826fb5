//! The template sections and every intrinsic, as CloudFormation expects them.

use forma_dsl::condition::{and, equals, not, or};
use forma_dsl::intrinsic::{base64, cidr, get_azs, if_, import_value, join, select, split, sub};
use forma_dsl::{list, obj};
use forma_dsl::{App, Aws, DeletionPolicy, MappingDef, Output, ParameterDef, RawResource, Rule, TerminationProtection};
use forma_synth::{synthesize, Format};
use serde_json::json;

use crate::support::{synth, template};

#[test]
fn every_intrinsic_renders_in_cloudformation_form() {
    let app = App::new();
    let s = app.stack("Web");
    let env = s.add_parameter("Env", ParameterDef::string().default("dev").allowed_values(["dev", "prod"]));
    let subnets = s.add_parameter("Subnets", ParameterDef::aws_list("AWS::EC2::Subnet::Id"));
    let prod = s.add_condition("IsProd", equals(env.value(), "prod"));
    let east = s.add_condition("InEast", or([equals(Aws::region(), "us-east-1"), equals(Aws::region(), "us-east-2")]));
    let both = s.add_condition("ProdInEast", and([prod.expr(), east.expr()]));
    s.add_condition("NotProd", not(&prod));
    let amis = s.add_mapping("Amis", MappingDef::new().entry("us-east-1", [("Ami", "ami-123")]));
    let vpc = s.add("Vpc", RawResource::new("AWS::EC2::VPC").property("CidrBlock", "10.0.0.0/16"));
    let inst = s.add(
        "Instance",
        RawResource::new("AWS::EC2::Instance")
            .property("ImageId", amis.find::<String>(Aws::region(), "Ami"))
            .property("SubnetId", select(0, subnets.value()))
            .property("AvailabilityZone", select(1, get_azs("")))
            .property("UserData", base64(sub("#!/bin/sh\necho ${Env} ${AWS::StackName}").var("Env", env.value())))
            .property(
                "Tags",
                list![obj! {
                    "Key" => "Name",
                    "Value" => join("-", [Aws::stack_name(), if_(&prod, "prod", "dev"), select(0, split(",", "a,b"))]),
                }],
            )
            .property("Ipv6", select(0, cidr(vpc.get_att::<String>("CidrBlock"), 4, 8)))
            .property("Shared", import_value::<String>("other-stack:Value"))
            .property("Maybe", if_(&both, 1, Aws::no_value())),
    );
    inst.set_condition(&prod);
    s.add_output(
        "VpcId",
        Output::new(vpc.reference()).description("The VPC").export(sub("${AWS::StackName}-VpcId").build()),
    );
    s.add_output("Az", Output::new(inst.get_att::<String>("AvailabilityZone")).condition(&prod));
    let t = template(&app, "Web");

    assert_eq!(t["AWSTemplateFormatVersion"], "2010-09-09");
    assert_eq!(t["Parameters"]["Env"], json!({"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"]}));
    assert_eq!(t["Parameters"]["Subnets"], json!({"Type": "List<AWS::EC2::Subnet::Id>"}));
    assert_eq!(t["Conditions"]["IsProd"], json!({"Fn::Equals": [{"Ref": "Env"}, "prod"]}));
    assert_eq!(
        t["Conditions"]["InEast"],
        json!({"Fn::Or": [{"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}, {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-2"]}]})
    );
    assert_eq!(t["Conditions"]["ProdInEast"], json!({"Fn::And": [{"Condition": "IsProd"}, {"Condition": "InEast"}]}));
    assert_eq!(t["Conditions"]["NotProd"], json!({"Fn::Not": [{"Condition": "IsProd"}]}));
    assert_eq!(t["Mappings"], json!({"Amis": {"us-east-1": {"Ami": "ami-123"}}}));

    let r = &t["Resources"]["Instance"];
    assert_eq!(r["Condition"], "IsProd");
    let p = &r["Properties"];
    assert_eq!(p["ImageId"], json!({"Fn::FindInMap": ["Amis", {"Ref": "AWS::Region"}, "Ami"]}));
    assert_eq!(p["SubnetId"], json!({"Fn::Select": [0, {"Ref": "Subnets"}]}));
    assert_eq!(p["AvailabilityZone"], json!({"Fn::Select": [1, {"Fn::GetAZs": ""}]}));
    assert_eq!(
        p["UserData"],
        json!({"Fn::Base64": {"Fn::Sub": ["#!/bin/sh\necho ${Env} ${AWS::StackName}", {"Env": {"Ref": "Env"}}]}})
    );
    assert_eq!(
        p["Tags"][0]["Value"],
        json!({"Fn::Join": ["-", [{"Ref": "AWS::StackName"}, {"Fn::If": ["IsProd", "prod", "dev"]}, {"Fn::Select": [0, {"Fn::Split": [",", "a,b"]}]}]]})
    );
    assert_eq!(p["Ipv6"], json!({"Fn::Select": [0, {"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 4, 8]}]}));
    assert_eq!(p["Shared"], json!({"Fn::ImportValue": "other-stack:Value"}));
    assert_eq!(p["Maybe"], json!({"Fn::If": ["ProdInEast", 1, {"Ref": "AWS::NoValue"}]}));
    assert_eq!(
        t["Outputs"]["VpcId"],
        json!({"Description": "The VPC", "Value": {"Ref": "Vpc"}, "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-VpcId"}}})
    );
    assert_eq!(
        t["Outputs"]["Az"],
        json!({"Condition": "IsProd", "Value": {"Fn::GetAtt": ["Instance", "AvailabilityZone"]}})
    );
}

#[test]
fn pseudo_parameters_are_refs() {
    let app = App::new();
    let s = app.stack("P");
    let pseudo = [
        (Aws::account_id(), "AWS::AccountId"),
        (Aws::partition(), "AWS::Partition"),
        (Aws::region(), "AWS::Region"),
        (Aws::stack_id(), "AWS::StackId"),
        (Aws::stack_name(), "AWS::StackName"),
        (Aws::url_suffix(), "AWS::URLSuffix"),
    ];
    let mut q = RawResource::new("AWS::SQS::Queue");
    for (i, (v, _)) in pseudo.iter().enumerate() {
        q = q.property(format!("P{i}"), v.clone());
    }
    q = q.property("N", Aws::notification_arns());
    s.add("Q", q);
    let t = template(&app, "P");
    for (i, (_, name)) in pseudo.iter().enumerate() {
        assert_eq!(t["Resources"]["Q"]["Properties"][format!("P{i}")], json!({"Ref": name}));
    }
    assert_eq!(t["Resources"]["Q"]["Properties"]["N"], json!({"Ref": "AWS::NotificationARNs"}));
}

#[test]
fn resource_attributes_and_template_sections() {
    let app = App::new();
    let s = app.stack("Data");
    s.description("Data stores").tag("team", "data").tag("cost-center", "42");
    s.termination_protection(TerminationProtection::Enabled);
    s.region("eu-west-1").account("123456789012");
    let size = s.add_parameter("Size", ParameterDef::number().default(5).min_value(1.0).max_value(10.0));
    let zones = s.add_parameter("Zones", ParameterDef::comma_delimited_list().default(vec!["a", "b"]));
    s.add_rule(
        "SizeRule",
        Rule::new().when(equals(size.value(), 5)).assert(equals(zones.value(), vec!["a", "b"]), "zones must be a,b"),
    );
    let a = s.add("A", RawResource::new("AWS::SQS::Queue").property("DelaySeconds", size.value()));
    let b = s.add("B", RawResource::new("AWS::SQS::Queue"));
    b.add_depends_on(&a)
        .set_deletion_policy(DeletionPolicy::Retain)
        .set_update_replace_policy(DeletionPolicy::Snapshot)
        .add_metadata("Purpose", "tests")
        .set_attribute("CreationPolicy", obj! { "ResourceSignal" => obj! { "Count" => 1 } });
    let asm = synth(&app);
    let t = &asm.stacks[0].template();
    let keys: Vec<&String> = t.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["AWSTemplateFormatVersion", "Description", "Parameters", "Rules", "Resources"]);
    assert_eq!(t["Description"], "Data stores");
    assert_eq!(t["Parameters"]["Size"], json!({"Type": "Number", "Default": 5, "MaxValue": 10, "MinValue": 1}));
    assert_eq!(t["Parameters"]["Zones"]["Default"], "a,b", "list defaults are comma-delimited");
    assert_eq!(
        t["Rules"]["SizeRule"],
        json!({"RuleCondition": {"Fn::Equals": [{"Ref": "Size"}, 5]},
               "Assertions": [{"Assert": {"Fn::Equals": [{"Ref": "Zones"}, ["a", "b"]]}, "AssertDescription": "zones must be a,b"}]})
    );
    assert_eq!(
        t["Resources"]["B"],
        json!({"Type": "AWS::SQS::Queue", "DependsOn": ["A"], "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Snapshot",
               "CreationPolicy": {"ResourceSignal": {"Count": 1}}, "Metadata": {"Purpose": "tests"}})
    );
    let m = &asm.stacks[0].manifest;
    assert_eq!(m.tags.get("team").map(String::as_str), Some("data"));
    assert!(m.termination_protection);
    assert_eq!(m.region.as_deref(), Some("eu-west-1"));
    assert_eq!(m.parameters["Size"].type_name, "Number");
    assert_eq!(m.logical_ids["B"], "Data/B");
}

#[test]
fn yaml_and_json_hold_the_same_template() {
    let app = App::new();
    let s = app.stack("Web");
    let q = s.add("Q", RawResource::new("AWS::SQS::Queue").property("QueueName", "yes"));
    s.add_output("Arn", Output::new(q.get_att::<String>("Arn")));
    let json_t = synthesize(&app, Format::Json).unwrap();
    let yaml_t = synthesize(&app, Format::Yaml).unwrap();
    let from_yaml: serde_json::Value = serde_yaml::from_str(&yaml_t.stacks[0].body).unwrap();
    assert_eq!(&from_yaml, json_t.stacks[0].template());
    assert!(
        yaml_t.stacks[0].body.contains("QueueName: \"yes\""),
        "YAML keeps ambiguous strings quoted:\n{}",
        yaml_t.stacks[0].body
    );
    assert_eq!(yaml_t.stacks[0].manifest.template, "Web.template.yaml");
}

#[test]
fn the_same_app_gives_the_same_bytes() {
    let build = || {
        let app = App::new();
        let data = app.stack("Data");
        let t = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
        let web = app.stack("Web");
        for i in 0..50 {
            web.child(&format!("G{i}"))
                .add("Q", RawResource::new("AWS::SQS::Queue").property("Name", t.get_att::<String>("Arn")));
        }
        let a = synth(&app);
        (a.stacks.iter().map(|s| s.body.clone()).collect::<Vec<_>>(), a.manifest_body())
    };
    assert_eq!(build(), build());
}

#[test]
fn writing_replaces_the_templates_of_an_earlier_synthesis() {
    let dir = std::env::temp_dir().join(format!("forma-synth-write-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let app = App::new();
    app.stack("Old").add("Q", RawResource::new("AWS::SQS::Queue"));
    synth(&app).write(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let app = App::new();
    app.stack("New").add("Q", RawResource::new("AWS::SQS::Queue"));
    let a = synth(&app);
    a.write(&dir).unwrap();
    let mut files: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files, [forma_synth::write::LOCK_FILE, "New.template.json", "manifest.json", "notes.txt"]);
    let manifest: forma_synth::Manifest =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest, a.manifest());
    let body = std::fs::read_to_string(dir.join("New.template.json")).unwrap();
    assert_eq!(manifest.stacks[0].sha256, format!("{:x}", <sha2::Sha256 as sha2::Digest>::digest(body.as_bytes())));
    std::fs::remove_dir_all(&dir).unwrap();
}
