// @generated from AWS::EKS::Addon (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::Addon` and its property types.

/// Resource Schema for AWS::EKS::Addon
///
/// CloudFormation type `AWS::EKS::Addon`.
#[derive(Debug, Clone, PartialEq)]
pub struct Addon {
    props: ::forma_core::schema::Props,
}
impl Addon {
    /// A new resource with its required properties: `AddonName`, `ClusterName`.
    #[track_caller]
    pub fn new(
        addon_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, addon_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Version of Addon
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn addon_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration values to use with the add-on
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn configuration_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The custom namespace configuration to use with the add-on
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn namespace_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<NamespaceConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of pod identities to apply to this add-on.
    #[track_caller]
    pub fn pod_identity_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PodIdentityAssociation>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// PreserveOnDelete parameter value
    #[track_caller]
    pub fn preserve_on_delete(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Resolve parameter value conflicts
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn resolve_conflicts(mut self, value: impl ::forma_core::schema::EnumArg<ResolveConflicts>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// IAM role to bind to the add-on's service account
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn service_account_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Addon {
    type Attributes = AddonAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::Addon"
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
/// The attributes of a `AWS::EKS::Addon` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AddonAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AddonAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AddonAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `NONE`, `OVERWRITE`, `PRESERVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResolveConflicts {
    /// `NONE`
    None,
    /// `OVERWRITE`
    Overwrite,
    /// `PRESERVE`
    Preserve,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResolveConflicts {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Overwrite => "OVERWRITE",
            Self::Preserve => "PRESERVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "OVERWRITE", "PRESERVE"]
    }
}
impl ::std::convert::From<ResolveConflicts> for ::forma_core::Value<ResolveConflicts> {
    fn from(v: ResolveConflicts) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResolveConflicts {}

/// The custom namespace configuration to use with the add-on
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceConfig {
    props: ::forma_core::schema::Props,
}
impl NamespaceConfig {
    /// A new value with its required properties: `Namespace`.
    pub fn new(namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NamespaceConfig> for ::forma_core::Value<NamespaceConfig> {
    fn from(v: NamespaceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMESPACE_CONFIG_TYPE.properties))
    }
}

/// A pod identity to associate with an add-on.
#[derive(Debug, Clone, PartialEq)]
pub struct PodIdentityAssociation {
    props: ::forma_core::schema::Props,
}
impl PodIdentityAssociation {
    /// A new value with its required properties: `RoleArn`, `ServiceAccount`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_account: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        props.set(1, service_account.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PodIdentityAssociation> for ::forma_core::Value<PodIdentityAssociation> {
    fn from(v: PodIdentityAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POD_IDENTITY_ASSOCIATION_TYPE.properties))
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

/// The schema of `AWS::EKS::Addon`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::Addon",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddonName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AddonVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NAMESPACE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PodIdentityAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POD_IDENTITY_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreserveOnDelete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResolveConflicts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "OVERWRITE", "PRESERVE"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccountRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static NAMESPACE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Addon.NamespaceConfig",
    properties: &[::forma_core::schema::Property {
        name: "Namespace",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(63),
        }),
    }],
    rules: &[],
};

static POD_IDENTITY_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Addon.PodIdentityAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:iam::\\d{12}:(role)\\/*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Addon.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
