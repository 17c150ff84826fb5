// @generated from AWS::ManagedBlockchain::Accessor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ManagedBlockchain::Accessor` and its property types.

/// Definition of AWS::ManagedBlockchain::com.amazonaws.taiga.webservice.api#Accessor Resource Type
///
/// CloudFormation type `AWS::ManagedBlockchain::Accessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct Accessor {
    props: ::forma_core::schema::Props,
}
impl Accessor {
    /// A new resource with its required properties: `AccessorType`.
    #[track_caller]
    pub fn new(accessor_type: impl ::forma_core::schema::EnumArg<AccessorType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, accessor_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `NetworkType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkAccessorType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Accessor {
    type Attributes = AccessorAttributes;
    fn type_name(&self) -> &str {
        "AWS::ManagedBlockchain::Accessor"
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
/// The attributes of a `AWS::ManagedBlockchain::Accessor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `BillingToken`.
    pub fn billing_token(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BillingToken")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `BILLING_TOKEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessorType {
    /// `BILLING_TOKEN`
    BillingToken,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BillingToken => "BILLING_TOKEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BILLING_TOKEN"]
    }
}
impl ::std::convert::From<AccessorType> for ::forma_core::Value<AccessorType> {
    fn from(v: AccessorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessorType {}

/// The values CloudFormation documents: `ETHEREUM_GOERLI`, `ETHEREUM_MAINNET`, `ETHEREUM_MAINNET_AND_GOERLI`, `POLYGON_MAINNET`, `POLYGON_MUMBAI`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkAccessorType {
    /// `ETHEREUM_GOERLI`
    EthereumGoerli,
    /// `ETHEREUM_MAINNET`
    EthereumMainnet,
    /// `ETHEREUM_MAINNET_AND_GOERLI`
    EthereumMainnetAndGoerli,
    /// `POLYGON_MAINNET`
    PolygonMainnet,
    /// `POLYGON_MUMBAI`
    PolygonMumbai,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkAccessorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EthereumGoerli => "ETHEREUM_GOERLI",
            Self::EthereumMainnet => "ETHEREUM_MAINNET",
            Self::EthereumMainnetAndGoerli => "ETHEREUM_MAINNET_AND_GOERLI",
            Self::PolygonMainnet => "POLYGON_MAINNET",
            Self::PolygonMumbai => "POLYGON_MUMBAI",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ETHEREUM_GOERLI", "ETHEREUM_MAINNET", "ETHEREUM_MAINNET_AND_GOERLI", "POLYGON_MAINNET", "POLYGON_MUMBAI"]
    }
}
impl ::std::convert::From<NetworkAccessorType> for ::forma_core::Value<NetworkAccessorType> {
    fn from(v: NetworkAccessorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkAccessorType {}

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

/// The schema of `AWS::ManagedBlockchain::Accessor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ManagedBlockchain::Accessor",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessorType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["BILLING_TOKEN"]),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ETHEREUM_GOERLI",
                "ETHEREUM_MAINNET",
                "ETHEREUM_MAINNET_AND_GOERLI",
                "POLYGON_MAINNET",
                "POLYGON_MUMBAI",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "BillingToken", "CreationDate", "Status"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Accessor.Tag",
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
