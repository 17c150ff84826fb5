// @generated from AWS::EKS::Capability (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::Capability` and its property types.

/// Resource Type definition for EKS Capability.
///
/// CloudFormation type `AWS::EKS::Capability`.
#[derive(Debug, Clone, PartialEq)]
pub struct Capability {
    props: ::forma_core::schema::Props,
}
impl Capability {
    /// A new resource with its required properties: `CapabilityName`, `ClusterName`, `DeletePropagationPolicy`, `RoleArn`, `Type`.
    #[track_caller]
    pub fn new(
        capability_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        delete_propagation_policy: impl ::forma_core::schema::EnumArg<DeletePropagationPolicy>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capability_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, delete_propagation_policy.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration settings for the capability.
    #[track_caller]
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapabilityConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Capability {
    type Attributes = CapabilityAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::Capability"
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
/// The attributes of a `AWS::EKS::Capability` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapabilityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapabilityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapabilityAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `Configuration.ArgoCd.ServerUrl`.
    pub fn configuration_argo_cd_server_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Configuration.ArgoCd.ServerUrl")
    }
    /// `Fn::GetAtt` `Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn`.
    pub fn configuration_argo_cd_aws_idc_idc_managed_application_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn")
    }
}

/// The values CloudFormation documents: `RETAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletePropagationPolicy {
    /// `RETAIN`
    Retain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletePropagationPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retain => "RETAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETAIN"]
    }
}
impl ::std::convert::From<DeletePropagationPolicy> for ::forma_core::Value<DeletePropagationPolicy> {
    fn from(v: DeletePropagationPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletePropagationPolicy {}

/// The values CloudFormation documents: `ARGOCD`, `ACK`, `KRO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `ARGOCD`
    Argocd,
    /// `ACK`
    Ack,
    /// `KRO`
    Kro,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Argocd => "ARGOCD",
            Self::Ack => "ACK",
            Self::Kro => "KRO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ARGOCD", "ACK", "KRO"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Configuration settings for a capability.
#[derive(Debug, Clone, PartialEq)]
pub struct CapabilityConfiguration {
    props: ::forma_core::schema::Props,
}
impl CapabilityConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration settings for an ACK (AWS Controllers for Kubernetes) capability.
    pub fn ack(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ack>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration settings for an Argo CD capability.
    pub fn argo_cd(mut self, value: impl ::std::convert::Into<::forma_core::Value<ArgoCd>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapabilityConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapabilityConfiguration> for ::forma_core::Value<CapabilityConfiguration> {
    fn from(v: CapabilityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPABILITY_CONFIGURATION_TYPE.properties))
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

/// Configuration settings for an ACK (AWS Controllers for Kubernetes) capability.
#[derive(Debug, Clone, PartialEq)]
pub struct Ack {
    props: ::forma_core::schema::Props,
}
impl Ack {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of ACK service names to disable.
    pub fn disabled_services(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether cross-namespace references are enabled for ACK controllers.
    pub fn enable_cross_namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ack {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ack> for ::forma_core::Value<Ack> {
    fn from(v: Ack) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACK_TYPE.properties))
    }
}

/// Configuration settings for an Argo CD capability.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgoCd {
    props: ::forma_core::schema::Props,
}
impl ArgoCd {
    /// A new value with its required properties: `AwsIdc`.
    pub fn new(aws_idc: impl ::std::convert::Into<::forma_core::Value<AwsIdc>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_idc.into().into_expr());
        Self { props }
    }
    /// An optional prefix for the Argo CD server endpoint.
    ///
    /// Allowed: length 1 to 50.
    pub fn endpoint_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Kubernetes namespace where Argo CD resources will be created.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configuration for network access to the Argo CD capability's managed API server endpoint.
    pub fn network_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<NetworkAccess>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of role mappings that define which IAM Identity Center users or groups have which Argo CD roles.
    pub fn rbac_role_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ArgoCdRoleMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The URL of the Argo CD server.
    pub fn server_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ArgoCd> for ::forma_core::Value<ArgoCd> {
    fn from(v: ArgoCd) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARGO_CD_TYPE.properties))
    }
}

/// Configuration for integrating Argo CD with IAM Identity Center.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsIdc {
    props: ::forma_core::schema::Props,
}
impl AwsIdc {
    /// A new value with its required properties: `IdcInstanceArn`.
    pub fn new(idc_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, idc_instance_arn.into().into_expr());
        Self { props }
    }
    /// The ARN of the managed application created in IAM Identity Center for this Argo CD capability.
    pub fn idc_managed_application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Region where your IAM Identity Center instance is located.
    pub fn idc_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsIdc> for ::forma_core::Value<AwsIdc> {
    fn from(v: AwsIdc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_IDC_TYPE.properties))
    }
}

/// Configuration for network access to the Argo CD capability's managed API server endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAccess {
    props: ::forma_core::schema::Props,
}
impl NetworkAccess {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of VPC endpoint IDs to associate with the managed Argo CD API server endpoint.
    pub fn vpce_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkAccess {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkAccess> for ::forma_core::Value<NetworkAccess> {
    fn from(v: NetworkAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACCESS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ADMIN`, `EDITOR`, `VIEWER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// `ADMIN`
    Admin,
    /// `EDITOR`
    Editor,
    /// `VIEWER`
    Viewer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Role {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "ADMIN",
            Self::Editor => "EDITOR",
            Self::Viewer => "VIEWER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ADMIN", "EDITOR", "VIEWER"]
    }
}
impl ::std::convert::From<Role> for ::forma_core::Value<Role> {
    fn from(v: Role) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Role {}

/// A mapping between an Argo CD role and IAM Identity Center identities.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgoCdRoleMapping {
    props: ::forma_core::schema::Props,
}
impl ArgoCdRoleMapping {
    /// A new value with its required properties: `Identities`, `Role`.
    pub fn new(
        identities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SsoIdentity>>>,
        role: impl ::forma_core::schema::EnumArg<Role>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identities.into().into_expr());
        props.set(1, role.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArgoCdRoleMapping> for ::forma_core::Value<ArgoCdRoleMapping> {
    fn from(v: ArgoCdRoleMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARGO_CD_ROLE_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSO_USER`, `SSO_GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SsoIdentityType {
    /// `SSO_USER`
    SsoUser,
    /// `SSO_GROUP`
    SsoGroup,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SsoIdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsoUser => "SSO_USER",
            Self::SsoGroup => "SSO_GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSO_USER", "SSO_GROUP"]
    }
}
impl ::std::convert::From<SsoIdentityType> for ::forma_core::Value<SsoIdentityType> {
    fn from(v: SsoIdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SsoIdentityType {}

/// An IAM Identity Center identity (user or group) that can be assigned permissions in a capability.
#[derive(Debug, Clone, PartialEq)]
pub struct SsoIdentity {
    props: ::forma_core::schema::Props,
}
impl SsoIdentity {
    /// A new value with its required properties: `Id`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<SsoIdentityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsoIdentity> for ::forma_core::Value<SsoIdentity> {
    fn from(v: SsoIdentity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSO_IDENTITY_TYPE.properties))
    }
}

/// The schema of `AWS::EKS::Capability`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::Capability",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapabilityName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPABILITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeletePropagationPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RETAIN"]),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:iam::[0-9]+:role/[a-zA-Z0-9+=,.@_-]+$"),
                min_length: None,
                max_length: None,
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
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ARGOCD", "ACK", "KRO"]),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Status",
        "CreatedAt",
        "ModifiedAt",
        "Version",
        "Configuration.ArgoCd.ServerUrl",
        "Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn",
    ],
};

static CAPABILITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.CapabilityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ArgoCd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARGO_CD_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.Tag",
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

static ACK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.Ack",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisabledServices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z][a-z0-9]*$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableCrossNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ARGO_CD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.ArgoCd",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsIdc",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_IDC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_ACCESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RbacRoleMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ARGO_CD_ROLE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServerUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AWS_IDC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.AwsIdc",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdcInstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdcManagedApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdcRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORK_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.NetworkAccess",
    properties: &[::forma_core::schema::Property {
        name: "VpceIds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ARGO_CD_ROLE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.ArgoCdRoleMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identities",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSO_IDENTITY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ADMIN", "EDITOR", "VIEWER"]),
        },
    ],
    rules: &[],
};

static SSO_IDENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Capability.SsoIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSO_USER", "SSO_GROUP"]),
        },
    ],
    rules: &[],
};
