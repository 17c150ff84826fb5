// @generated from AWS::Route53::TrafficPolicyInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::TrafficPolicyInstance` and its property types.

/// Resource Type definition for AWS::Route53::TrafficPolicyInstance.
///
/// CloudFormation type `AWS::Route53::TrafficPolicyInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficPolicyInstance {
    props: ::forma_core::schema::Props,
}
impl TrafficPolicyInstance {
    /// A new resource with its required properties: `HostedZoneId`, `Name`, `TTL`, `TrafficPolicyId`, `TrafficPolicyVersion`.
    #[track_caller]
    pub fn new(
        hosted_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
        traffic_policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        traffic_policy_version: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, hosted_zone_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, ttl.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, traffic_policy_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, traffic_policy_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TrafficPolicyInstance {
    type Attributes = TrafficPolicyInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::TrafficPolicyInstance"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Route53::TrafficPolicyInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrafficPolicyInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrafficPolicyInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrafficPolicyInstanceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `TrafficPolicyType`.
    pub fn traffic_policy_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrafficPolicyType")
    }
}

/// The schema of `AWS::Route53::TrafficPolicyInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::TrafficPolicyInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z0-9]{1,32}$"),
                min_length: None,
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^A-Z\\s]+\\.$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "TTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrafficPolicyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f-]{1,36}$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrafficPolicyVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "State", "TrafficPolicyType"],
};
