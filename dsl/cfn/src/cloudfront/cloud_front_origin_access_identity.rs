// @generated from AWS::CloudFront::CloudFrontOriginAccessIdentity (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::CloudFrontOriginAccessIdentity` and its property types.

/// The request to create a new origin access identity (OAI).
///
/// CloudFormation type `AWS::CloudFront::CloudFrontOriginAccessIdentity`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudFrontOriginAccessIdentity {
    props: ::forma_core::schema::Props,
}
impl CloudFrontOriginAccessIdentity {
    /// A new resource with its required properties: `CloudFrontOriginAccessIdentityConfig`.
    #[track_caller]
    pub fn new(
        cloud_front_origin_access_identity_config: impl ::std::convert::Into<
            ::forma_core::Value<CloudFrontOriginAccessIdentityConfig>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cloud_front_origin_access_identity_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CloudFrontOriginAccessIdentity {
    type Attributes = CloudFrontOriginAccessIdentityAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::CloudFrontOriginAccessIdentity"
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
/// The attributes of a `AWS::CloudFront::CloudFrontOriginAccessIdentity` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudFrontOriginAccessIdentityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudFrontOriginAccessIdentityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudFrontOriginAccessIdentityAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `S3CanonicalUserId`.
    pub fn s3_canonical_user_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3CanonicalUserId")
    }
}

/// Origin access identity configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudFrontOriginAccessIdentityConfig {
    props: ::forma_core::schema::Props,
}
impl CloudFrontOriginAccessIdentityConfig {
    /// A new value with its required properties: `Comment`.
    pub fn new(comment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comment.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudFrontOriginAccessIdentityConfig>
    for ::forma_core::Value<CloudFrontOriginAccessIdentityConfig>
{
    fn from(v: CloudFrontOriginAccessIdentityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::CloudFrontOriginAccessIdentity`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::CloudFrontOriginAccessIdentity",
    properties: &[::forma_core::schema::Property {
        name: "CloudFrontOriginAccessIdentityConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "S3CanonicalUserId"],
};

static CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig",
        properties: &[::forma_core::schema::Property {
            name: "Comment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
