// @generated from AWS::Shield::Protection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Shield::Protection` and its property types.

/// Enables AWS Shield Advanced for a specific AWS resource.
///
/// CloudFormation type `AWS::Shield::Protection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Protection {
    props: ::forma_core::schema::Props,
}
impl Protection {
    /// A new resource with its required properties: `Name`, `ResourceArn`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The automatic application layer DDoS mitigation settings for a Protection.
    #[track_caller]
    pub fn application_layer_automatic_response_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationLayerAutomaticResponseConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Names (ARNs) of the health check to associate with the protection.
    #[track_caller]
    pub fn health_check_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tag key-value pairs for the Protection object.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Protection {
    type Attributes = ProtectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Shield::Protection"
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
/// The attributes of a `AWS::Shield::Protection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProtectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProtectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProtectionAttributes {
    /// `Fn::GetAtt` `ProtectionId`.
    pub fn protection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProtectionId")
    }
    /// `Fn::GetAtt` `ProtectionArn`.
    pub fn protection_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProtectionArn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The automatic application layer DDoS mitigation settings for a Protection.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationLayerAutomaticResponseConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationLayerAutomaticResponseConfiguration {
    /// A new value with its required properties: `Action`, `Status`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationLayerAutomaticResponseConfiguration>
    for ::forma_core::Value<ApplicationLayerAutomaticResponseConfiguration>
{
    fn from(v: ApplicationLayerAutomaticResponseConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(APPLICATION_LAYER_AUTOMATIC_RESPONSE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// A tag associated with an AWS resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Shield::Protection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Shield::Protection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationLayerAutomaticResponseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_LAYER_AUTOMATIC_RESPONSE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[ a-zA-Z0-9_\\.\\-]*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ProtectionId", "ProtectionArn"],
};

static APPLICATION_LAYER_AUTOMATIC_RESPONSE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Shield::Protection.ApplicationLayerAutomaticResponseConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "Status",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Shield::Protection.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
