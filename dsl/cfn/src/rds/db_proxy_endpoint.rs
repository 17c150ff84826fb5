// @generated from AWS::RDS::DBProxyEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBProxyEndpoint` and its property types.

/// Resource schema for AWS::RDS::DBProxyEndpoint.
///
/// CloudFormation type `AWS::RDS::DBProxyEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbProxyEndpoint {
    props: ::forma_core::schema::Props,
}
impl DbProxyEndpoint {
    /// A new resource with its required properties: `DBProxyEndpointName`, `DBProxyName`, `VpcSubnetIds`.
    #[track_caller]
    pub fn new(
        db_proxy_endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_proxy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, db_proxy_endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, db_proxy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, vpc_subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The network type of the DB proxy endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_network_type(mut self, value: impl ::forma_core::schema::EnumArg<EndpointNetworkType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional set of key-value pairs to associate arbitrary data of your choosing with the DB proxy endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFormat>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether the DB proxy endpoint can be used for read/write or read-only operations.
    #[track_caller]
    pub fn target_role(mut self, value: impl ::forma_core::schema::EnumArg<TargetRole>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// VPC security group IDs to associate with the new DB proxy endpoint.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DbProxyEndpoint {
    type Attributes = DbProxyEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBProxyEndpoint"
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
/// The attributes of a `AWS::RDS::DBProxyEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbProxyEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbProxyEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbProxyEndpointAttributes {
    /// `Fn::GetAtt` `DBProxyEndpointArn`.
    pub fn db_proxy_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBProxyEndpointArn")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
    }
}

/// The values CloudFormation documents: `IPV4`, `IPV6`, `DUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointNetworkType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// `DUAL`
    Dual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointNetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Dual => "DUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6", "DUAL"]
    }
}
impl ::std::convert::From<EndpointNetworkType> for ::forma_core::Value<EndpointNetworkType> {
    fn from(v: EndpointNetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointNetworkType {}

/// The values CloudFormation documents: `READ_WRITE`, `READ_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetRole {
    /// `READ_WRITE`
    ReadWrite,
    /// `READ_ONLY`
    ReadOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReadWrite => "READ_WRITE",
            Self::ReadOnly => "READ_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["READ_WRITE", "READ_ONLY"]
    }
}
impl ::std::convert::From<TargetRole> for ::forma_core::Value<TargetRole> {
    fn from(v: TargetRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetRole {}

/// The `TagFormat` property type of `AWS::RDS::DBProxyEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFormat {
    props: ::forma_core::schema::Props,
}
impl TagFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 0 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 128.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagFormat> for ::forma_core::Value<TagFormat> {
    fn from(v: TagFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FORMAT_TYPE.properties))
    }
}

/// The schema of `AWS::RDS::DBProxyEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBProxyEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "DBProxyEndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-z]*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBProxyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-z]*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointNetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FORMAT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["READ_WRITE", "READ_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcSubnetIds",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["DBProxyEndpointArn", "Endpoint", "VpcId", "IsDefault"],
};

static TAG_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBProxyEndpoint.TagFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*"),
                min_length: None,
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
