// @generated from AWS::CodeArtifact::PackageGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeArtifact::PackageGroup` and its property types.

/// The resource schema to create a CodeArtifact package group.
///
/// CloudFormation type `AWS::CodeArtifact::PackageGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageGroup {
    props: ::forma_core::schema::Props,
}
impl PackageGroup {
    /// A new resource with its required properties: `DomainName`, `Pattern`.
    #[track_caller]
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, pattern.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The contact info of the package group.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn contact_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The text description of the package group.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The 12-digit account ID of the AWS account that owns the domain.
    ///
    /// Allowed: length 12 to 12.
    #[track_caller]
    pub fn domain_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The package origin configuration of the package group.
    #[track_caller]
    pub fn origin_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OriginConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to the package group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PackageGroup {
    type Attributes = PackageGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeArtifact::PackageGroup"
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
/// The attributes of a `AWS::CodeArtifact::PackageGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PackageGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PackageGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PackageGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `OriginConfiguration` property type of `AWS::CodeArtifact::PackageGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginConfiguration {
    props: ::forma_core::schema::Props,
}
impl OriginConfiguration {
    /// A new value with its required properties: `Restrictions`.
    pub fn new(restrictions: impl ::std::convert::Into<::forma_core::Value<Restrictions>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, restrictions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginConfiguration> for ::forma_core::Value<OriginConfiguration> {
    fn from(v: OriginConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The `Restrictions` property type of `AWS::CodeArtifact::PackageGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Restrictions {
    props: ::forma_core::schema::Props,
}
impl Restrictions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The external upstream restriction determines if new package versions can be ingested or retained from external connections.
    pub fn external_upstream(mut self, value: impl ::std::convert::Into<::forma_core::Value<RestrictionType>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The internal upstream restriction determines if new package versions can be ingested or retained from upstream repositories.
    pub fn internal_upstream(mut self, value: impl ::std::convert::Into<::forma_core::Value<RestrictionType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The publish restriction determines if new package versions can be published.
    pub fn publish(mut self, value: impl ::std::convert::Into<::forma_core::Value<RestrictionType>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Restrictions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Restrictions> for ::forma_core::Value<Restrictions> {
    fn from(v: Restrictions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOW`, `BLOCK`, `ALLOW_SPECIFIC_REPOSITORIES`, `INHERIT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestrictionMode {
    /// `ALLOW`
    Allow,
    /// `BLOCK`
    Block,
    /// `ALLOW_SPECIFIC_REPOSITORIES`
    AllowSpecificRepositories,
    /// `INHERIT`
    Inherit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestrictionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Block => "BLOCK",
            Self::AllowSpecificRepositories => "ALLOW_SPECIFIC_REPOSITORIES",
            Self::Inherit => "INHERIT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "BLOCK", "ALLOW_SPECIFIC_REPOSITORIES", "INHERIT"]
    }
}
impl ::std::convert::From<RestrictionMode> for ::forma_core::Value<RestrictionMode> {
    fn from(v: RestrictionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestrictionMode {}

/// The `RestrictionType` property type of `AWS::CodeArtifact::PackageGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RestrictionType {
    props: ::forma_core::schema::Props,
}
impl RestrictionType {
    /// A new value with its required properties: `RestrictionMode`.
    pub fn new(restriction_mode: impl ::forma_core::schema::EnumArg<RestrictionMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, restriction_mode.into_enum_expr());
        Self { props }
    }
    /// `Repositories`.
    pub fn repositories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RestrictionType> for ::forma_core::Value<RestrictionType> {
    fn from(v: RestrictionType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTION_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::CodeArtifact::PackageGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeArtifact::PackageGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z][a-z0-9\\-]{0,48}[a-z0-9])$"),
                min_length: Some(2),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12}"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pattern",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(520),
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
    attributes: &["Arn"],
};

static ORIGIN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeArtifact::PackageGroup.OriginConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Restrictions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESTRICTIONS_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeArtifact::PackageGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RESTRICTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeArtifact::PackageGroup.Restrictions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExternalUpstream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InternalUpstream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Publish",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTION_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static RESTRICTION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeArtifact::PackageGroup.RestrictionType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Repositories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestrictionMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "BLOCK", "ALLOW_SPECIFIC_REPOSITORIES", "INHERIT"]),
        },
    ],
    rules: &[],
};
