// @generated from AWS::MediaPackageV2::ChannelPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackageV2::ChannelPolicy` and its property types.

/// <p>Represents a resource-based policy that allows or denies access to a channel.</p>
///
/// CloudFormation type `AWS::MediaPackageV2::ChannelPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelPolicy {
    props: ::forma_core::schema::Props,
}
impl ChannelPolicy {
    /// A new resource with its required properties: `ChannelGroupName`, `ChannelName`, `Policy`.
    #[track_caller]
    pub fn new(
        channel_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ChannelPolicy {
    type Attributes = ChannelPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackageV2::ChannelPolicy"
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
/// The attributes of a `AWS::MediaPackageV2::ChannelPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::MediaPackageV2::ChannelPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackageV2::ChannelPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};
