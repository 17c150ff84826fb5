// @generated from AWS::EC2::SecondaryNetwork (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SecondaryNetwork` and its property types.

/// Resource Type definition for AWS::EC2::SecondaryNetwork.
///
/// CloudFormation type `AWS::EC2::SecondaryNetwork`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecondaryNetwork {
    props: ::forma_core::schema::Props,
}
impl SecondaryNetwork {
    /// A new resource with its required properties: `Ipv4CidrBlock`, `NetworkType`.
    #[track_caller]
    pub fn new(
        ipv4_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_type: impl ::forma_core::schema::EnumArg<NetworkType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ipv4_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, network_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the secondary network.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecondaryNetwork {
    type Attributes = SecondaryNetworkAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SecondaryNetwork"
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
/// The attributes of a `AWS::EC2::SecondaryNetwork` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecondaryNetworkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecondaryNetworkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecondaryNetworkAttributes {
    /// `Fn::GetAtt` `SecondaryNetworkArn`.
    pub fn secondary_network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecondaryNetworkArn")
    }
    /// `Fn::GetAtt` `SecondaryNetworkId`.
    pub fn secondary_network_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecondaryNetworkId")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `Ipv4CidrBlockAssociations`.
    pub fn ipv4_cidr_block_associations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Ipv4CidrBlockAssociations")
    }
}

/// The values CloudFormation documents: `rdma`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkType {
    /// `rdma`
    Rdma,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rdma => "rdma",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["rdma"]
    }
}
impl ::std::convert::From<NetworkType> for ::forma_core::Value<NetworkType> {
    fn from(v: NetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkType {}

/// The `Tag` property type of `AWS::EC2::SecondaryNetwork`.
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

/// The schema of `AWS::EC2::SecondaryNetwork`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SecondaryNetwork",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ipv4CidrBlock",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["rdma"]),
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
    attributes: &["SecondaryNetworkArn", "SecondaryNetworkId", "OwnerId", "Ipv4CidrBlockAssociations"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::SecondaryNetwork.Tag",
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
