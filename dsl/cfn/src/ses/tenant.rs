// @generated from AWS::SES::Tenant (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::Tenant` and its property types.

/// Resource Type definition for AWS::SES::Tenant
///
/// CloudFormation type `AWS::SES::Tenant`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    props: ::forma_core::schema::Props,
}
impl Tenant {
    /// A new resource with its required properties: `TenantName`.
    #[track_caller]
    pub fn new(tenant_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, tenant_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The reputation configuration for the tenant.
    #[track_caller]
    pub fn reputation_entity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReputationEntity>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of resources to associate with the tenant.
    #[track_caller]
    pub fn resource_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceAssociation>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The suppression attributes for the tenant.
    #[track_caller]
    pub fn suppression_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TenantSuppressionAttributes>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the tenant.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Tenant {
    type Attributes = TenantAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::Tenant"
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
/// The attributes of a `AWS::SES::Tenant` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TenantAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TenantAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TenantAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The reputation configuration for the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct ReputationEntity {
    props: ::forma_core::schema::Props,
}
impl ReputationEntity {
    /// A new value with its required properties: `Policy`.
    pub fn new(policy: impl ::std::convert::Into<::forma_core::Value<ReputationPolicy>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReputationEntity> for ::forma_core::Value<ReputationEntity> {
    fn from(v: ReputationEntity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUTATION_ENTITY_TYPE.properties))
    }
}

/// The resource to associate with the tenant
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceAssociation {
    props: ::forma_core::schema::Props,
}
impl ResourceAssociation {
    /// A new value with its required properties: `ResourceArn`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceAssociation> for ::forma_core::Value<ResourceAssociation> {
    fn from(v: ResourceAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_ASSOCIATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BOUNCE`, `COMPLAINT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuppressedReasons {
    /// `BOUNCE`
    Bounce,
    /// `COMPLAINT`
    Complaint,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SuppressedReasons {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bounce => "BOUNCE",
            Self::Complaint => "COMPLAINT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BOUNCE", "COMPLAINT"]
    }
}
impl ::std::convert::From<SuppressedReasons> for ::forma_core::Value<SuppressedReasons> {
    fn from(v: SuppressedReasons) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SuppressedReasons {}

/// The values CloudFormation documents: `ACCOUNT`, `TENANT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuppressionScope {
    /// `ACCOUNT`
    Account,
    /// `TENANT`
    Tenant,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SuppressionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Tenant => "TENANT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT", "TENANT"]
    }
}
impl ::std::convert::From<SuppressionScope> for ::forma_core::Value<SuppressionScope> {
    fn from(v: SuppressionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SuppressionScope {}

/// The suppression attributes for the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantSuppressionAttributes {
    props: ::forma_core::schema::Props,
}
impl TenantSuppressionAttributes {
    /// A new value with its required properties: `SuppressedReasons`, `SuppressionScope`.
    pub fn new(
        suppressed_reasons: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SuppressedReasons>>>,
        suppression_scope: impl ::forma_core::schema::EnumArg<SuppressionScope>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, suppressed_reasons.into().into_expr());
        props.set(1, suppression_scope.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TenantSuppressionAttributes> for ::forma_core::Value<TenantSuppressionAttributes> {
    fn from(v: TenantSuppressionAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TENANT_SUPPRESSION_ATTRIBUTES_TYPE.properties))
    }
}

/// An object that defines the tags (keys and values) that you want to associate with the tenant.
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

/// The reputation policy for the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct ReputationPolicy {
    props: ::forma_core::schema::Props,
}
impl ReputationPolicy {
    /// A new value with its required properties: `ReputationEntityPolicy`.
    pub fn new(
        reputation_entity_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, reputation_entity_policy.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReputationPolicy> for ::forma_core::Value<ReputationPolicy> {
    fn from(v: ReputationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUTATION_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::SES::Tenant`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::Tenant",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReputationEntity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPUTATION_ENTITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SuppressionAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TENANT_SUPPRESSION_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TenantName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static REPUTATION_ENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::Tenant.ReputationEntity",
    properties: &[::forma_core::schema::Property {
        name: "Policy",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REPUTATION_POLICY_TYPE),
    }],
    rules: &[],
};

static RESOURCE_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::Tenant.ResourceAssociation",
    properties: &[::forma_core::schema::Property {
        name: "ResourceArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static TENANT_SUPPRESSION_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::Tenant.TenantSuppressionAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "SuppressedReasons",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["BOUNCE", "COMPLAINT"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SuppressionScope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT", "TENANT"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::Tenant.Tag",
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

static REPUTATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::Tenant.ReputationPolicy",
    properties: &[::forma_core::schema::Property {
        name: "ReputationEntityPolicy",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:[a-z0-9-]+:ses:[a-z0-9-]+:aws:reputation-policy/(none|standard|strict)$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
