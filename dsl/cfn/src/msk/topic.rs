// @generated from AWS::MSK::Topic (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::Topic` and its property types.

/// Resource Type definition for AWS::MSK::Topic
///
/// CloudFormation type `AWS::MSK::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    props: ::forma_core::schema::Props,
}
impl Topic {
    /// A new resource with its required properties: `ClusterArn`, `PartitionCount`, `ReplicationFactor`, `TopicName`.
    #[track_caller]
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        partition_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        replication_factor: impl ::std::convert::Into<::forma_core::Value<i64>>,
        topic_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, partition_count.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, replication_factor.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, topic_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Base64 encoded configuration properties of the topic
    #[track_caller]
    pub fn configs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Topic {
    type Attributes = TopicAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::Topic"
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
/// The attributes of a `AWS::MSK::Topic` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicAttributes {
    /// `Fn::GetAtt` `TopicArn`.
    pub fn topic_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TopicArn")
    }
}

/// The schema of `AWS::MSK::Topic`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::Topic",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Configs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartitionCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationFactor",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TopicName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["TopicArn"],
};
