// @generated from AWS::RolesAnywhere::Profile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RolesAnywhere::Profile` and its property types.

/// Definition of AWS::RolesAnywhere::Profile Resource Type
///
/// CloudFormation type `AWS::RolesAnywhere::Profile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    props: ::forma_core::schema::Props,
}
impl Profile {
    /// A new resource with its required properties: `Name`, `RoleArns`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, role_arns.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AcceptRoleSessionName`.
    #[track_caller]
    pub fn accept_role_session_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AttributeMappings`.
    #[track_caller]
    pub fn attribute_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeMapping>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DurationSeconds`.
    ///
    /// Allowed: 900 to 43200.
    #[track_caller]
    pub fn duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Enabled`.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManagedPolicyArns`.
    #[track_caller]
    pub fn managed_policy_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RequireInstanceProperties`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn require_instance_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SessionPolicy`.
    #[track_caller]
    pub fn session_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Profile {
    type Attributes = ProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::RolesAnywhere::Profile"
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
/// The attributes of a `AWS::RolesAnywhere::Profile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProfileAttributes {
    /// `Fn::GetAtt` `ProfileId`.
    pub fn profile_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileId")
    }
    /// `Fn::GetAtt` `ProfileArn`.
    pub fn profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileArn")
    }
}

/// The values CloudFormation documents: `x509Subject`, `x509Issuer`, `x509SAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateField {
    /// `x509Subject`
    X509Subject,
    /// `x509Issuer`
    X509Issuer,
    /// `x509SAN`
    X509San,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateField {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X509Subject => "x509Subject",
            Self::X509Issuer => "x509Issuer",
            Self::X509San => "x509SAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["x509Subject", "x509Issuer", "x509SAN"]
    }
}
impl ::std::convert::From<CertificateField> for ::forma_core::Value<CertificateField> {
    fn from(v: CertificateField) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateField {}

/// The `AttributeMapping` property type of `AWS::RolesAnywhere::Profile`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeMapping {
    props: ::forma_core::schema::Props,
}
impl AttributeMapping {
    /// A new value with its required properties: `CertificateField`, `MappingRules`.
    pub fn new(
        certificate_field: impl ::forma_core::schema::EnumArg<CertificateField>,
        mapping_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MappingRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_field.into_enum_expr());
        props.set(1, mapping_rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AttributeMapping> for ::forma_core::Value<AttributeMapping> {
    fn from(v: AttributeMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_MAPPING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::RolesAnywhere::Profile`.
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

/// The `MappingRule` property type of `AWS::RolesAnywhere::Profile`.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingRule {
    props: ::forma_core::schema::Props,
}
impl MappingRule {
    /// A new value with its required properties: `Specifier`.
    pub fn new(specifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, specifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MappingRule> for ::forma_core::Value<MappingRule> {
    fn from(v: MappingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAPPING_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::RolesAnywhere::Profile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RolesAnywhere::Profile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptRoleSessionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AttributeMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(900.0),
                maximum: Some(43200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ManagedPolicyArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9-_]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequireInstanceProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleArns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)$"),
                    min_length: Some(1),
                    max_length: Some(1011),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(250) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SessionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["ProfileId", "ProfileArn"],
};

static ATTRIBUTE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::Profile.AttributeMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["x509Subject", "x509Issuer", "x509SAN"]),
        },
        ::forma_core::schema::Property {
            name: "MappingRules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAPPING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::Profile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_.:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_.:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static MAPPING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::Profile.MappingRule",
    properties: &[::forma_core::schema::Property {
        name: "Specifier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
