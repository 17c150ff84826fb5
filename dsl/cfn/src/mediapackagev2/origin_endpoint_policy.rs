// @generated from AWS::MediaPackageV2::OriginEndpointPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackageV2::OriginEndpointPolicy` and its property types.

/// <p>Represents a resource policy that allows or denies access to an origin endpoint.</p>
///
/// CloudFormation type `AWS::MediaPackageV2::OriginEndpointPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginEndpointPolicy {
    props: ::forma_core::schema::Props,
}
impl OriginEndpointPolicy {
    /// A new resource with its required properties: `ChannelGroupName`, `ChannelName`, `OriginEndpointName`, `Policy`.
    #[track_caller]
    pub fn new(
        channel_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, channel_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, origin_endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>The settings to enable CDN authorization headers in MediaPackage.</p>
    #[track_caller]
    pub fn cdn_auth_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CdnAuthConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OriginEndpointPolicy {
    type Attributes = OriginEndpointPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackageV2::OriginEndpointPolicy"
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
/// The attributes of a `AWS::MediaPackageV2::OriginEndpointPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OriginEndpointPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OriginEndpointPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// <p>The settings to enable CDN authorization headers in MediaPackage.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CdnAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl CdnAuthConfiguration {
    /// A new value with its required properties: `CdnIdentifierSecretArns`, `SecretsRoleArn`.
    pub fn new(
        cdn_identifier_secret_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        secrets_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cdn_identifier_secret_arns.into().into_expr());
        props.set(1, secrets_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CdnAuthConfiguration> for ::forma_core::Value<CdnAuthConfiguration> {
    fn from(v: CdnAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CDN_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaPackageV2::OriginEndpointPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackageV2::OriginEndpointPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CdnAuthConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CDN_AUTH_CONFIGURATION_TYPE),
        },
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
            name: "OriginEndpointName",
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

static CDN_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpointPolicy.CdnAuthConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CdnIdentifierSecretArns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecretsRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
