// @generated from AWS::EC2::IPAMScope (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMScope` and its property types.

/// Resource Schema of AWS::EC2::IPAMScope Type
///
/// CloudFormation type `AWS::EC2::IPAMScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamScope {
    props: ::forma_core::schema::Props,
}
impl IpamScope {
    /// A new resource with its required properties: `IpamId`.
    #[track_caller]
    pub fn new(ipam_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, ipam_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// External service configuration to connect your AWS IPAM scope.
    #[track_caller]
    pub fn external_authority_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IpamScopeExternalAuthorityConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamScope {
    type Attributes = IpamScopeAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMScope"
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
/// The attributes of a `AWS::EC2::IPAMScope` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamScopeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamScopeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamScopeAttributes {
    /// `Fn::GetAtt` `IpamScopeId`.
    pub fn ipam_scope_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamScopeId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `IpamArn`.
    pub fn ipam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamArn")
    }
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
    }
    /// `Fn::GetAtt` `PoolCount`.
    pub fn pool_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "PoolCount")
    }
    /// `Fn::GetAtt` `IpamScopeType`.
    pub fn ipam_scope_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamScopeType")
    }
}

/// The values CloudFormation documents: `infoblox`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpamScopeExternalAuthorityType {
    /// `infoblox`
    Infoblox,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpamScopeExternalAuthorityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Infoblox => "infoblox",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["infoblox"]
    }
}
impl ::std::convert::From<IpamScopeExternalAuthorityType> for ::forma_core::Value<IpamScopeExternalAuthorityType> {
    fn from(v: IpamScopeExternalAuthorityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpamScopeExternalAuthorityType {}

/// External service configuration to connect your AWS IPAM scope.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamScopeExternalAuthorityConfiguration {
    props: ::forma_core::schema::Props,
}
impl IpamScopeExternalAuthorityConfiguration {
    /// A new value with its required properties: `ExternalResourceIdentifier`, `IpamScopeExternalAuthorityType`.
    pub fn new(
        external_resource_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ipam_scope_external_authority_type: impl ::forma_core::schema::EnumArg<IpamScopeExternalAuthorityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, external_resource_identifier.into().into_expr());
        props.set(1, ipam_scope_external_authority_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpamScopeExternalAuthorityConfiguration>
    for ::forma_core::Value<IpamScopeExternalAuthorityConfiguration>
{
    fn from(v: IpamScopeExternalAuthorityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_SCOPE_EXTERNAL_AUTHORITY_CONFIGURATION_TYPE.properties))
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

/// The schema of `AWS::EC2::IPAMScope`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMScope",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalAuthorityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IPAM_SCOPE_EXTERNAL_AUTHORITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["IpamScopeId", "Arn", "IpamArn", "IsDefault", "PoolCount", "IpamScopeType"],
};

static IPAM_SCOPE_EXTERNAL_AUTHORITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::IPAMScope.IpamScopeExternalAuthorityConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ExternalResourceIdentifier",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "IpamScopeExternalAuthorityType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["infoblox"]),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMScope.Tag",
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
