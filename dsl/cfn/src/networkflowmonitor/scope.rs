// @generated from AWS::NetworkFlowMonitor::Scope (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFlowMonitor::Scope` and its property types.

/// Resource Type definition for AWS::NetworkFlowMonitor::Scope.
///
/// CloudFormation type `AWS::NetworkFlowMonitor::Scope`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    props: ::forma_core::schema::Props,
}
impl Scope {
    /// A new resource with its required properties: `Targets`.
    #[track_caller]
    pub fn new(targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetResource>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the scope.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Scope {
    type Attributes = ScopeAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFlowMonitor::Scope"
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
/// The attributes of a `AWS::NetworkFlowMonitor::Scope` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScopeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScopeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScopeAttributes {
    /// `Fn::GetAtt` `ScopeArn`.
    pub fn scope_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScopeArn")
    }
    /// `Fn::GetAtt` `ScopeId`.
    pub fn scope_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScopeId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The `Tag` property type of `AWS::NetworkFlowMonitor::Scope`.
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

/// A target resource in a scope, identified by a Region and target identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetResource {
    props: ::forma_core::schema::Props,
}
impl TargetResource {
    /// A new value with its required properties: `Region`, `TargetIdentifier`.
    pub fn new(
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_identifier: impl ::std::convert::Into<::forma_core::Value<TargetIdentifier>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region.into().into_expr());
        props.set(1, target_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetResource> for ::forma_core::Value<TargetResource> {
    fn from(v: TargetResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_RESOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `ACCOUNT`
    Account,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// A target identifier is a pair of identifying information for a scope target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetIdentifier {
    props: ::forma_core::schema::Props,
}
impl TargetIdentifier {
    /// A new value with its required properties: `TargetId`, `TargetType`.
    pub fn new(
        target_id: impl ::std::convert::Into<::forma_core::Value<TargetId>>,
        target_type: impl ::forma_core::schema::EnumArg<TargetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_id.into().into_expr());
        props.set(1, target_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetIdentifier> for ::forma_core::Value<TargetIdentifier> {
    fn from(v: TargetIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_IDENTIFIER_TYPE.properties))
    }
}

/// A target ID is an internally-generated identifier for a target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetId {
    props: ::forma_core::schema::Props,
}
impl TargetId {
    /// A new value with its required properties: `AccountId`.
    pub fn new(account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetId> for ::forma_core::Value<TargetId> {
    fn from(v: TargetId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_ID_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFlowMonitor::Scope`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFlowMonitor::Scope",
    properties: &[
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ScopeArn", "ScopeId", "Status"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Scope.Tag",
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

static TARGET_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Scope.TargetResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_IDENTIFIER_TYPE),
        },
    ],
    rules: &[],
};

static TARGET_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Scope.TargetIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_ID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT"]),
        },
    ],
    rules: &[],
};

static TARGET_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Scope.TargetId",
    properties: &[::forma_core::schema::Property {
        name: "AccountId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9]{12}$"),
            min_length: Some(1),
            max_length: Some(12),
        }),
    }],
    rules: &[],
};
