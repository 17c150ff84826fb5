// @generated from AWS::CloudFront::OriginAccessControl (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::OriginAccessControl` and its property types.

/// Creates a new origin access control in CloudFront.
///
/// CloudFormation type `AWS::CloudFront::OriginAccessControl`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginAccessControl {
    props: ::forma_core::schema::Props,
}
impl OriginAccessControl {
    /// A new resource with its required properties: `OriginAccessControlConfig`.
    #[track_caller]
    pub fn new(
        origin_access_control_config: impl ::std::convert::Into<::forma_core::Value<OriginAccessControlConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, origin_access_control_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for OriginAccessControl {
    type Attributes = OriginAccessControlAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::OriginAccessControl"
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
/// The attributes of a `AWS::CloudFront::OriginAccessControl` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OriginAccessControlAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OriginAccessControlAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OriginAccessControlAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// Creates a new origin access control in CloudFront.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginAccessControlConfig {
    props: ::forma_core::schema::Props,
}
impl OriginAccessControlConfig {
    /// A new value with its required properties: `Name`, `OriginAccessControlOriginType`, `SigningBehavior`, `SigningProtocol`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_access_control_origin_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_behavior: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, origin_access_control_origin_type.into().into_expr());
        props.set(3, signing_behavior.into().into_expr());
        props.set(4, signing_protocol.into().into_expr());
        Self { props }
    }
    /// A description of the origin access control.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OriginAccessControlConfig> for ::forma_core::Value<OriginAccessControlConfig> {
    fn from(v: OriginAccessControlConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_ACCESS_CONTROL_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::OriginAccessControl`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::OriginAccessControl",
    properties: &[::forma_core::schema::Property {
        name: "OriginAccessControlConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ORIGIN_ACCESS_CONTROL_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id"],
};

static ORIGIN_ACCESS_CONTROL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::OriginAccessControl.OriginAccessControlConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginAccessControlOriginType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(s3|mediastore|lambda|mediapackagev2)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SigningBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(never|no-override|always|always-amz-auth)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SigningProtocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(sigv4|sigv4a)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
